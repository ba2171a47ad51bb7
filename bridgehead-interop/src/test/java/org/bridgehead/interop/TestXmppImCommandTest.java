package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.EtcHosts;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.bridgehead.server.Bridgehead;
import org.bridgehead.testkit.dns.LoopbackDnsServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * {@code bridgehead test-xmpp-im} against each real peer: the message reaches the peer's user, the
 * partner's server answers the ping over its stream back, and every step is printed.
 */
class TestXmppImCommandTest {
  @ParameterizedTest
  @EnumSource(Kind.class)
  void sendsOverTheRealPathAndReportsEachStep(Kind kind) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "interop", "test-xmpp-im-" + kind));
    Partners.Pki pki = Partners.pki(kind, Row.TLS_DIALBACK, dir);
    EtcHosts.system().ensure(BridgeheadNode.IP, BridgeheadNode.DOMAIN);
    try (LoopbackDnsServer dns = new LoopbackDnsServer().addA(kind.domain, kind.ip);
         XmppPeer peer = Partners.start(kind, Row.TLS_DIALBACK, pki.peer());
         XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
      Path config = dir.resolve("bridgehead.yaml");
      Files.writeString(config, String.join("\n",
          "localDomains: [contoso.test]",
          "edge:",
          "  listen: " + BridgeheadNode.IP + ":5269",
          "  tls:",
          "    certificateChain: " + pki.node().certificateChain().toAbsolutePath(),
          "    privateKey: " + pki.node().privateKey().toAbsolutePath(),
          "    trustAnchors: " + pki.node().trustAnchors().toAbsolutePath(),
          "  dnsResolvers: [127.0.0.1:" + dns.address().getPort() + "]",
          "gateway:",
          "  dialbackSecret: test-xmpp-im-dialback-secret",
          "  streamEstablishmentTimeout: 20s",
          "partners:",
          "  - primaryDomain: " + kind.domain,
          "    partnerType: Federated",
          "    tls: Required",
          "    sasl: NotSupported",
          "    dialback: true",
          ""));
      StringWriter out = new StringWriter();
      CommandLine cli = Bridgehead.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(out, true));
      int exit = cli.execute("test-xmpp-im", "--config", config.toString(), "--from", "admin@contoso.test",
          "--to", "alice@" + kind.domain, "--body", "test-xmpp-im says hi", "--timeout", "20");

      assertThat(exit).as(out + "\n" + peer.logTail(60)).isZero();
      assertThat(out.toString())
          .contains("DNS_RESOLVED").contains("TLS_ESTABLISHED").contains("AUTHENTICATED")
          .contains("PASS message").contains("PASS ping");
      assertThat(alice.awaitMessage(Duration.ofSeconds(10)).getBody()).isEqualTo("test-xmpp-im says hi");
    }
  }
}
