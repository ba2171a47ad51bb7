package org.bridgehead.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.server.Bridgehead;
import org.bridgehead.server.node.Node;
import org.bridgehead.server.node.NodeSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The administration command line, offline on the store and online through a running node's API. */
class AdminCliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = Bridgehead.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dir.toString();
    return cli.execute(all);
  }

  @Test
  void everyNounWorksOfflineOnTheStore() {
    assertThat(run("xmpp-partner", "new", "fabrikam.test", "--partner-type", "federated", "--tls", "required",
        "--sasl", "optional", "--dialback", "true", "--additional-domains", "corp.fabrikam.test")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("PrimaryDomain     : fabrikam.test").contains("FEDERATED");
    assertThat(run("xmpp-partner", "get", "--filter", "*.test", "--output", "json")).isZero();
    assertThat(out.toString()).contains("\"additionalDomains\" : [ \"corp.fabrikam.test\" ]");
    assertThat(run("xmpp-partner", "set", "fabrikam.test", "--description", "Fabrikam")).isZero();
    assertThat(out.toString()).contains("Version           : 2");

    assertThat(run("site", "new", "Redmond", "--description", "HQ")).isZero();
    assertThat(run("edge-pool", "new", "edge.contoso.test", "--site", "Redmond", "--xmpp-federation-enabled", "true")).isZero();
    assertThat(run("xmpp-federation-route", "set", "Redmond", "--pool", "edge.contoso.test")).as(err.toString()).isZero();
    assertThat(run("allowed-domain", "new", "partner.test", "--proxy-fqdn", "sip.partner.test")).isZero();
    assertThat(run("blocked-domain", "new", "partner.test")).isEqualTo(3); // a domain is on one list at most
    assertThat(err.toString()).contains("[");
    assertThat(run("public-provider", "new", "Provider", "--proxy-fqdn", "sip.provider.test", "--enabled", "true")).isZero();
    assertThat(run("external-access-policy", "new", "FedPic", "--enable-federation-access", "--enable-public-cloud-access")).isZero();
    assertThat(run("external-access-policy", "set", "FedPic", "--enable-xmpp-access")).isZero();
    assertThat(out.toString()).contains("EnableXmppAccess        : true");
    assertThat(run("user", "new", "sip:alice@contoso.test", "--display-name", "Alice", "--site", "Redmond")).isZero();
    assertThat(run("external-access-policy", "grant", "--user", "sip:alice@contoso.test", "--policy", "FedPic")).isZero();
    assertThat(run("user", "get-effective-policy", "sip:alice@contoso.test")).isZero();
    assertThat(out.toString()).contains("Tag:FedPic").contains("USER");
    assertThat(run("external-access-policy", "grant", "--user", "sip:alice@contoso.test", "--policy", "none")).isZero();
    assertThat(run("external-access-policy", "grant", "--all-users", "--policy", "FedPic")).isZero();
    assertThat(out.toString()).contains("Granted FedPic to 1 user(s)");
    assertThat(run("xmpp-gateway-config", "set", "--keep-alive-interval", "2m")).isZero();
    assertThat(out.toString()).contains("PT2M");
    assertThat(run("access-edge-config", "set", "--allow-federated-users", "true")).isZero();
    Path topology = dir.resolve("topology.yaml");
    assertThat(run("topology", "export", topology.toString())).isZero();
    assertThat(run("topology", "publish", topology.toString())).as(err.toString()).isZero();
    assertThat(run("audit-log", "get", "--limit", "100")).isZero();
    assertThat(out.toString()).contains("cli:").contains("xmpp-partner").contains("fabrikam.test");
    assertThat(run("xmpp-partner", "remove", "fabrikam.test")).isZero();
    assertThat(run("xmpp-partner", "get", "fabrikam.test")).isEqualTo(4);
  }

  @Test
  void refusalsWhatIfAndBadInputHaveTheirExitCodes() {
    assertThat(run("xmpp-partner", "new", "bad.test", "--tls", "NotSupported", "--sasl", "required")).isEqualTo(3);
    assertThat(err.toString()).contains("sasl [sasl-requires-tls]").contains("SASL requires TLS");
    assertThat(run("xmpp-partner", "new", "warn.test", "--tls", "optional", "--sasl", "required", "--what-if")).isZero();
    assertThat(out.toString()).contains("What if: NEW xmpp-partner warn.test");
    assertThat(err.toString()).contains("WARNING:").contains("TLS Optional");
    assertThat(run("xmpp-partner", "get", "warn.test")).isEqualTo(4);
    assertThat(run("xmpp-partner", "new", "x.test", "--dialback", "maybe")).isEqualTo(2);
    assertThat(err.toString()).contains("--dialback: 'maybe' is not true or false");
    assertThat(run("xmpp-partner", "new", "x.test", "--partner-type", "friendly")).isEqualTo(2);
    assertThat(err.toString()).contains("partnerType");
    assertThat(run("xmpp-partner", "set", "nope.test", "--tls", "optional")).isEqualTo(4);
    assertThat(run("xmpp-partner", "set", "nope.test")).isEqualTo(2);
    assertThat(run("xmpp-partner", "frobnicate")).isEqualTo(2);
  }

  @Command(name = "holder")
  static final class Holder {
    @Mixin NodeOptions node;
  }

  @Test
  void onlineTheCommandsGoThroughTheRunningNodeAndItAppliesThemLive() throws Exception {
    Holder h = new Holder();
    new CommandLine(h).parseArgs("--domain", "contoso.test", "--data-dir", dir.toString(), "--listen", "127.0.1.3:0",
        "--api-listen", "127.0.1.3:0", "--sip-listen", "127.0.1.3:0");
    NodeSetup setup = h.node.resolve(new PrintWriter(new StringWriter()));
    try (Node node = Node.start(setup, null, e -> {})) {
      assertThat(node.gateway()).isNotNull(); // the node runs the gateway role by default
      assertThat(Files.readString(dir.resolve("api.url")).strip()).isEqualTo(node.apiUrl());
      // First run: no account yet; the node's local token (owner-only file) lets this machine create one.
      Path pw = dir.resolve("pw");
      Files.writeString(pw, "a long enough password\n");
      assertThat(run("admin", "new", "root", "--password-file", pw.toString())).as(err.toString()).isZero();
      assertThat(node.store().administrators().find("root").orElseThrow().role()).isEqualTo(AdminRole.ADMINISTRATOR);

      assertThat(run("xmpp-partner", "new", "fabrikam.test", "--partner-type", "federated")).as(err.toString()).isZero();
      var fabrikam = JidCreate.domainBareFrom("fabrikam.test");
      await().atMost(Duration.ofSeconds(1)).until(() -> node.currentConfig().partners().stream()
          .anyMatch(p -> p.primaryDomain().equals(fabrikam)));
      assertThat(node.store().auditLog().recent(1).get(0).actor()).isEqualTo("local-cli");
      // the node answers for itself: roles, listeners, each partner's streams
      assertThat(run("status")).as(err.toString()).isZero();
      assertThat(out.toString()).contains("Roles           : edge, management, gateway").contains("fabrikam.test");

      // With an account, from anywhere the API is reachable.
      assertThat(run("admin", "new", "viewer", "--role", "read-only", "--password-file", pw.toString())).isZero();
      assertThat(run("site", "get", "--api", node.apiUrl(), "--api-user", "viewer", "--api-password-file", pw.toString())).isZero();
      assertThat(run("site", "new", "X", "--api", node.apiUrl(), "--api-user", "viewer", "--api-password-file", pw.toString()))
          .isEqualTo(6);
      assertThat(err.toString()).contains("read-only");
      assertThat(run("site", "new", "X", "--api", node.apiUrl(), "--api-user", "root", "--api-password-file", pw.toString()))
          .isZero();
      assertThat(node.store().auditLog().recent(1).get(0).actor()).isEqualTo("api:root");
      assertThat(run("site", "get", "--api", node.apiUrl())).isEqualTo(6);
      assertThat(err.toString()).contains("--api-user");
    }
    assertThat(dir.resolve("api.url")).doesNotExist();
    assertThat(dir.resolve("api.token")).doesNotExist();
  }

  @Test
  void completionCoversTheAdministrationCommands() {
    assertThat(run("generate-completion")).isIn(0, 2);
    CommandLine cli = Bridgehead.commandLine();
    StringWriter script = new StringWriter();
    cli.setOut(new PrintWriter(script, true));
    assertThat(cli.execute("generate-completion")).isZero();
    assertThat(script.toString()).contains("xmpp-partner").contains("external-access-policy").contains("edge-pool")
        .contains("--what-if");
  }
}
