package org.bridgehead.diagnostics.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.Edge;
import org.bridgehead.edge.events.EdgeEventListener;
import org.bridgehead.edge.tls.ChainValidator;
import org.bridgehead.testkit.dns.LoopbackDnsServer;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The probe against real Bridgehead edges: fabrikam.test verifies the probe's dialback key by
 * calling back contoso.test's running edge, which knows the secret the probe was given.
 */
class ProbeAgainstEdgeTest {
  private static final String SECRET = "contoso-dialback-secret-0123456789";
  @TempDir Path dir;
  private final TestPki ca = TestPki.newCa("Edge test CA");
  private final LoopbackDnsServer dns = new LoopbackDnsServer();
  private Edge contoso;
  private Edge fabrikam;

  @AfterEach
  void close() {
    if (fabrikam != null) fabrikam.close();
    if (contoso != null) contoso.close();
    dns.close();
  }

  private Edge start(String domain, String ip, String secret, String partner, InetSocketAddress partnerAt) throws Exception {
    TestPki.PemFiles pem = ca.issueServer(domain).write(dir, domain);
    TlsSettings tls = new TlsSettings(pem.certificateChain(), pem.privateKey(), ca.writeCertificate(dir.resolve(domain + "-ca.crt")));
    InetSocketAddress listen = new InetSocketAddress(InetAddress.getByName(ip), freePort(ip));
    EdgeSettings edge = new EdgeSettings(listen, tls, List.of(), null, 5269, 64 * 1024, 10,
        Duration.ofMillis(50), Duration.ofMillis(200));
    GatewaySettings gateway = new GatewaySettings(100, 10, secret, false, Duration.ofSeconds(300),
        Duration.ofSeconds(10), Duration.ofSeconds(600), Duration.ofSeconds(28800));
    XmppPartner p = XmppPartner.builder(JidCreate.domainBareFrom(partner)).sasl(Negotiation.OPTIONAL)
        .proxyFqdn(partnerAt.getAddress().getHostAddress() + ":" + partnerAt.getPort()).build();
    NodeConfig config = new NodeConfig(Set.of(JidCreate.domainBareFrom(domain)), edge, gateway, List.of(p));
    return Edge.start(config, sender -> s -> { }, EdgeEventListener.NONE);
  }

  private static int freePort(String ip) throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(ip))) {
      return s.getLocalPort();
    }
  }

  private FederationReport probe(String secret) throws Exception {
    // contoso's own partner entry for fabrikam is never used here: it only answers db:verify
    contoso = start("contoso.test", "127.0.7.20", SECRET, "fabrikam.test", new InetSocketAddress("127.0.7.21", 5269));
    fabrikam = start("fabrikam.test", "127.0.7.21", "fabrikam-secret-0123456789", "contoso.test", contoso.boundAddress());
    dns.addSrv("_xmpp-server._tcp.fabrikam.test", 0, 0, fabrikam.boundAddress().getPort(), "edge.fabrikam.test")
        .addA("edge.fabrikam.test", "127.0.7.21");
    ProbeOptions options = new ProbeOptions("fabrikam.test", "contoso.test", List.of(dns.address()), null,
        new ChainValidator(List.of(ca.certificate())), null, null, secret, Duration.ofSeconds(10));
    return new FederationProbe(options).run(s -> { });
  }

  @Test
  void dialbackForRealThroughTheRunningNode() throws Exception {
    FederationReport report = probe(SECRET);
    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.step("certificate-name").status()).isEqualTo(StepStatus.PASS);
    assertThat(report.step("stream-features-tls").detail()).contains("dialback offered");
    assertThat(report.step("authentication").status()).as(report.toString()).isEqualTo(StepStatus.PASS);
    // fabrikam answers the ping on its own stream to contoso, not on the probe's stream
    assertThat(report.step("ping").status()).isIn(StepStatus.PASS, StepStatus.INFO);
  }

  @Test
  void aWrongSecretIsRefusedByTheCallBack() throws Exception {
    FederationReport report = probe("not-the-node-secret-0123456789");
    assertThat(report.passed()).isFalse();
    Step auth = report.step("authentication");
    assertThat(auth.status()).as(report.toString()).isEqualTo(StepStatus.FAIL);
    assertThat(auth.fix()).contains("the dialback secret given matches the node's");
  }
}
