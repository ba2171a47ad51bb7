package org.bridgehead.diagnostics.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bridgehead.edge.tls.ChainValidator;
import org.bridgehead.testkit.dns.LoopbackDnsServer;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** test-federation against scripted servers on 127.0.7.x: each broken set-up named with its fix. */
class FederationProbeTest {
  private static final String PARTNER = "fabrikam.test";
  private static final String LOCAL = "contoso.test";
  private static final String SRV = "_xmpp-server._tcp." + PARTNER;

  private final TestPki ca = TestPki.newCa("Diagnostics test CA");
  private LoopbackDnsServer dns;
  private RawXmppServer server;

  @BeforeEach
  void dns() {
    dns = new LoopbackDnsServer();
  }

  @AfterEach
  void close() throws Exception {
    dns.close();
    if (server != null) server.close();
  }

  private RawXmppServer serve(String ip, TestPki.Issued cert) throws Exception {
    server = new RawXmppServer(ip, PARTNER, cert);
    dns.addSrv(SRV, 10, 50, server.port(), "edge." + PARTNER).addA("edge." + PARTNER, ip);
    return server;
  }

  private ProbeOptions options(String secret) {
    return new ProbeOptions(PARTNER, LOCAL, List.of(dns.address()), null, new ChainValidator(List.of(ca.certificate())),
        null, null, secret, Duration.ofSeconds(5));
  }

  private static FederationReport run(ProbeOptions options) {
    return new FederationProbe(options).run(s -> { });
  }

  @Test
  void goodPartnerPassesEveryStepWithDialback() throws Exception {
    serve("127.0.7.1", ca.issueServer(PARTNER));
    FederationReport report = run(options("a-dialback-secret-long-enough"));
    assertThat(report.passed()).as(report.toString()).isTrue();
    for (String step : List.of("dns-srv", "dns-address", "tcp-connect", "stream-header", "stream-features", "starttls",
        "tls-handshake", "certificate-chain", "certificate-name", "stream-features-tls", "authentication", "ping")) {
      assertThat(report.step(step).status()).as(step + " in " + report).isEqualTo(StepStatus.PASS);
    }
    assertThat(report.step("dns-srv").detail()).contains("priority 10 weight 50 edge.fabrikam.test:" + server.port());
    assertThat(report.step("tls-handshake").detail()).startsWith("TLSv1.");
    assertThat(report.step("authentication").detail()).contains("dialback");
  }

  @Test
  void withoutCredentialsOnlyTheOfferedMethodsAreReported() throws Exception {
    serve("127.0.7.2", ca.issueServer(PARTNER));
    FederationReport report = run(options(null));
    assertThat(report.passed()).isTrue();
    assertThat(report.step("authentication").status()).isEqualTo(StepStatus.INFO);
    assertThat(report.step("authentication").detail()).contains("dialback offered").contains("not attempted");
    assertThat(report.step("ping").status()).isEqualTo(StepStatus.SKIP);
  }

  @Test
  void saslExternalWithAClientCertificate() throws Exception {
    serve("127.0.7.3", ca.issueServer(PARTNER));
    TestPki.Issued ours = ca.issueServer(LOCAL);
    ProbeOptions o = options(null);
    ProbeOptions withCert = new ProbeOptions(o.domain(), o.localDomain(), o.dnsServers(), null, o.trust(),
        ours.keyPair().getPrivate(), List.of(ours.certificate(), ours.issuer()), null, o.timeout());
    FederationReport report = run(withCert);
    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.step("stream-features-tls").detail()).contains("SASL EXTERNAL offered");
    assertThat(report.step("authentication").detail()).contains("SASL EXTERNAL as " + LOCAL);
    assertThat(report.step("ping").status()).isEqualTo(StepStatus.PASS);
  }

  @Test
  void closedPortNamesTheFirewall() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.7.4", 0));
      closed = s.getLocalPort();
    }
    dns.addSrv(SRV, 0, 0, closed, "edge." + PARTNER).addA("edge." + PARTNER, "127.0.7.4");
    FederationReport report = run(options(null));
    assertThat(report.passed()).isFalse();
    Step connect = report.step("tcp-connect");
    assertThat(connect.status()).isEqualTo(StepStatus.FAIL);
    assertThat(connect.fix()).contains("firewall allows TCP " + closed + " inbound on fabrikam.test");
  }

  @Test
  void failoverToTheNextPoolIsOnlyAWarning() throws Exception {
    serve("127.0.7.5", ca.issueServer(PARTNER));
    dns.addSrv(SRV, 0, 0, 1, "down." + PARTNER).addA("down." + PARTNER, "127.0.7.6");
    FederationReport report = run(options(null));
    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.steps()).filteredOn(s -> s.name().equals("tcp-connect")).extracting(Step::status)
        .containsExactly(StepStatus.WARN, StepStatus.PASS);
  }

  @Test
  void noDnsRecordsNamesTheSrvRecordToPublish() {
    FederationReport report = run(options(null));
    assertThat(report.passed()).isFalse();
    assertThat(report.step("dns-srv").status()).isEqualTo(StepStatus.WARN);
    Step address = report.step("dns-address");
    assertThat(address.status()).isEqualTo(StepStatus.FAIL);
    assertThat(address.fix()).startsWith("no SRV and no A record: publish _xmpp-server._tcp.fabrikam.test");
  }

  @Test
  void wrongCertificateNameNamesTheSanToReissue() throws Exception {
    serve("127.0.7.7", ca.issueServer("other.test"));
    FederationReport report = run(options(null));
    assertThat(report.passed()).isFalse();
    assertThat(report.step("certificate-chain").status()).isEqualTo(StepStatus.PASS);
    Step name = report.step("certificate-name");
    assertThat(name.status()).isEqualTo(StepStatus.FAIL);
    assertThat(name.fix()).contains("certificate names dNSName:other.test do not include fabrikam.test: reissue");
  }

  @Test
  void untrustedChainIsNamed() throws Exception {
    serve("127.0.7.8", TestPki.newCa("Someone else").issueServer(PARTNER));
    FederationReport report = run(options(null));
    assertThat(report.step("certificate-chain").status()).isEqualTo(StepStatus.FAIL);
    assertThat(report.step("certificate-chain").fix()).contains("install the complete chain");
  }

  @Test
  void missingStartTlsIsNamed() throws Exception {
    serve("127.0.7.9", ca.issueServer(PARTNER)).withoutStartTls();
    FederationReport report = run(options(null));
    assertThat(report.passed()).isFalse();
    Step starttls = report.step("starttls");
    assertThat(starttls.status()).isEqualTo(StepStatus.FAIL);
    assertThat(starttls.fix()).contains("does not offer STARTTLS");
    assertThat(report.step("remaining-steps").status()).isEqualTo(StepStatus.SKIP);
  }

  @Test
  void dialbackRefusedNamesTheCallBack() throws Exception {
    serve("127.0.7.10", ca.issueServer(PARTNER)).dialbackAnswer("invalid");
    FederationReport report = run(options("a-dialback-secret-long-enough"));
    assertThat(report.passed()).isFalse();
    Step auth = report.step("authentication");
    assertThat(auth.status()).isEqualTo(StepStatus.FAIL);
    assertThat(auth.detail()).contains("type=invalid");
    assertThat(auth.fix()).contains("refused dialback for contoso.test").contains("_xmpp-server._tcp.contoso.test");
    assertThat(report.step("ping").status()).isEqualTo(StepStatus.SKIP);
  }

  @Test
  void hostsFileWithoutDnsServer(@TempDir Path dir) throws Exception {
    server = new RawXmppServer("127.0.7.11", PARTNER, ca.issueServer(PARTNER));
    Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.7.11 " + PARTNER + "\n");
    ProbeOptions o = new ProbeOptions(PARTNER, LOCAL, List.of(), hosts, new ChainValidator(List.of(ca.certificate())),
        null, null, null, Duration.ofSeconds(5));
    FederationReport report = run(o);
    // the hosts file gives the domain on 5269, where nothing listens in this test
    assertThat(report.step("dns-srv").status()).isEqualTo(StepStatus.INFO);
    assertThat(report.step("dns-address").detail()).contains("127.0.7.11:5269");
    assertThat(report.step("tcp-connect").status()).isEqualTo(StepStatus.FAIL);
  }
}
