package org.bridgehead.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: help, exit codes, and what it says about bad input. */
class BridgeheadCliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Bridgehead.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return cli.execute(args);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("run").contains("test-xmpp-im").contains("generate-completion");
  }

  @Test
  void runWithoutADomainIsABadCall() {
    assertThat(run("run", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("give --domain DOMAIN");
  }

  @Test
  void missingConfigFileIsNamed() {
    assertThat(run("run", "--config", dir.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(out.toString()).contains("cannot read").contains("nope.yaml");
  }

  @Test
  void invalidConfigFileNamesFieldAndLine() throws Exception {
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, "localDomains: [contoso.test]\npartners:\n  - primaryDomain: fabrikam.test\n    tls: Maybe\n");
    assertThat(run("run", "--config", cfg.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("partners[0].tls").contains("Maybe").contains("line 4");
  }

  @Test
  void saslWithoutTlsIsRefusedWithTheSeedsRule() throws Exception {
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, "localDomains: [contoso.test]\npartners:\n  - primaryDomain: fabrikam.test\n"
        + "    tls: NotSupported\n    sasl: Required\n    dialback: true\n");
    assertThat(run("run", "--config", cfg.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("SASL requires TLS support");
  }

  @Test
  void listenAcceptsOnlyAddresses() {
    assertThat(run("run", "--domain", "contoso.test", "--data-dir", dir.toString(), "--listen", "example.org:5269"))
        .isEqualTo(2);
    assertThat(out.toString()).contains("give an IP address");
  }

  @Test
  void portInUseFailsWithExitOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int exit = run("run", "--domain", "contoso.test", "--data-dir", dir.toString(),
          "--listen", "127.0.0.1:" + taken.getLocalPort());
      assertThat(exit).as(out.toString()).isEqualTo(1);
      assertThat(out.toString()).contains("cannot listen");
    }
  }

  @Test
  void testXmppImRefusesASenderOutsideOurDomains() {
    assertThat(run("test-xmpp-im", "--domain", "contoso.test", "--data-dir", dir.toString(),
        "--from", "eve@elsewhere.test", "--to", "alice@fabrikam.test")).isEqualTo(2);
    assertThat(out.toString()).contains("--from must be in a local domain");
  }

  @Test
  void testXmppImToANonPartnerFailsWithTheCondition() {
    int exit = run("test-xmpp-im", "--domain", "contoso.test", "--data-dir", dir.toString(), "--listen", "127.0.0.1:0",
        "--from", "admin@contoso.test", "--to", "alice@fabrikam.test", "--timeout", "5");
    assertThat(exit).as(out.toString()).isEqualTo(1);
    assertThat(out.toString()).contains("FAIL message: not-allowed").contains("not a federated partner");
  }
}
