package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.EtcHosts;
import org.bridgehead.interop.peers.PeerTls;
import org.bridgehead.interop.peers.ProsodyPeer;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.bridgehead.testkit.dns.LoopbackDnsServer;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.Test;

/** Against real Prosody: refusals that must be clear, and DNS SRV failover. */
class PeerFailuresTest {
  private static final Kind P = Kind.PROSODY;

  @Test
  void certificateNamingAnotherDomainFailsWithClearDiagnosticWhenOnlySaslIsAllowed() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "interop", "wrong-cert"));
    TestPki ca = TestPki.newCa("Shared test CA");
    Path trust = ca.writeCertificate(dir.resolve("ca.crt"));
    TestPki.PemFiles nodeFiles = ca.issueServer(BridgeheadNode.DOMAIN).write(dir, "contoso");
    TestPki.PemFiles wrong = ca.issue(TestPki.request().dnsName("wrong.test").commonName(P.domain)).write(dir, "wrong");
    EtcHosts.system().ensure(P.ip, P.domain);
    try (XmppPeer peer = ProsodyPeer.builder().domain(P.domain).ip(P.ip).tls(PeerTls.of(wrong, trust))
            .s2sRequireEncryption(true).s2sSecureAuth(false).user("alice", "alice-secret").build().start();
         BridgeheadNode node = BridgeheadNode.start(new TlsSettings(nodeFiles.certificateChain(), nodeFiles.privateKey(), trust),
             List.of(), Partners.partner(P, Row.SASL_OVER_TLS));
         XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
      var send = node.send("bob@contoso.test", "alice@" + P.domain, "can you read this?");
      assertThatThrownBy(() -> send.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(DeliveryException.class)
          .hasMessageContaining("does not prove it is " + P.domain);

      alice.send("bob@contoso.test", "and this?");
      assertThat(node.nothingInbound(Duration.ofSeconds(3))).isTrue();
      assertThat(node.events()).as(node.eventLog()).anyMatch(e -> e.kind() == EdgeEvent.Kind.INBOUND_REFUSED
          && e.detail().contains("no authentication method left for " + P.domain));
    }
  }

  @Test
  void domainThatIsNotAPartnerIsRefused() throws Exception {
    EtcHosts.system().ensure(P.ip, P.domain);
    try (XmppPeer peer = ProsodyPeer.builder().domain(P.domain).ip(P.ip).tls(null).s2sRequireEncryption(false)
            .user("alice", "alice-secret").build().start();
         BridgeheadNode node = BridgeheadNode.start(null, List.of());
         XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
      alice.send("bob@contoso.test", "let me in");
      assertThat(node.nothingInbound(Duration.ofSeconds(3))).isTrue();
      assertThat(node.events()).as(node.eventLog()).anyMatch(e -> e.kind() == EdgeEvent.Kind.INBOUND_REFUSED
          && e.detail().contains(P.domain + " is not a federated partner of contoso.test"));
    }
  }

  @Test
  void srvFailoverToTheSecondPriorityWhenTheFirstIsDown() throws Exception {
    EtcHosts.system().ensure(P.ip, P.domain);
    try (LoopbackDnsServer dns = new LoopbackDnsServer()) {
      dns.addSrv("_xmpp-server._tcp." + P.domain, 10, 0, 5269, "dead." + P.domain)
          .addSrv("_xmpp-server._tcp." + P.domain, 20, 0, 5269, "xmpp." + P.domain)
          .addA("dead." + P.domain, "127.0.0.9")
          .addA("xmpp." + P.domain, P.ip);
      XmppPartner partner = Partners.partner(P, Row.TCP_DIALBACK); // no ProxyFqdn: DNS decides
      try (XmppPeer peer = Partners.start(P, Row.TCP_DIALBACK, null);
           BridgeheadNode node = BridgeheadNode.start(null, List.of(dns.address()), partner);
           XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
        node.send("bob@contoso.test", "alice@" + P.domain, "via the second pool").get(30, TimeUnit.SECONDS);
        assertThat(alice.awaitMessage(Duration.ofSeconds(20)).getBody()).isEqualTo("via the second pool");
        List<String> attempts = node.events().stream().filter(e -> e.kind() == EdgeEvent.Kind.CONNECTING && !e.detail().startsWith("dialback verification"))
            .map(EdgeEvent::detail).toList();
        assertThat(attempts).as(node.eventLog()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(attempts.get(0)).contains("127.0.0.9");
        assertThat(attempts.get(1)).contains(P.ip);
        assertThat(dns.queryCount("_xmpp-server._tcp." + P.domain)).isPositive();
      }
    }
  }
}
