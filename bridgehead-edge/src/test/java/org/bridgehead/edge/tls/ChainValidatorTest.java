package org.bridgehead.edge.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainValidatorTest {
  private static TestPki ca;
  private static ChainValidator trust;

  @BeforeAll
  static void pki() {
    ca = TestPki.newCa("Chain CA");
    trust = new ChainValidator(List.of(ca.certificate()));
  }

  @Test
  void trustedChainWithOrWithoutIntermediateListed() {
    TestPki.Issued issued = ca.issueServer("fabrikam.test");
    assertThat(trust.validate(List.of(issued.certificate()))).isEmpty();
    assertThat(trust.validate(List.of(issued.certificate(), issued.issuer()))).isEmpty();
  }

  @Test
  void serverAuthOnlyCertificateIsAcceptedAsClientCertificate() throws Exception {
    TestPki.Issued issued = ca.issue(TestPki.request().dnsName("fabrikam.test").clientAuth(false));
    assertThat(issued.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(trust.validate(List.of(issued.certificate()))).isEmpty();
  }

  @Test
  void expiredIsNamed() {
    Instant now = Instant.now();
    X509Certificate c = ca.issue(TestPki.request().dnsName("fabrikam.test")
        .validity(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)))).certificate();
    assertThat(trust.validate(List.of(c))).hasValueSatisfying(p ->
        assertThat(p).contains("expired on " + c.getNotAfter().toInstant()).contains("CN=fabrikam.test"));
  }

  @Test
  void notYetValidIsNamed() {
    Instant now = Instant.now();
    X509Certificate c = ca.issue(TestPki.request().dnsName("fabrikam.test")
        .validity(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)))).certificate();
    assertThat(trust.validate(List.of(c))).hasValueSatisfying(p -> assertThat(p).contains("not yet valid"));
  }

  @Test
  void untrustedIssuerIsNamed() {
    TestPki other = TestPki.newCa("Other CA");
    TestPki.Issued issued = other.issueServer("fabrikam.test");
    assertThat(trust.validate(List.of(issued.certificate(), issued.issuer()))).hasValue(
        "issuer not trusted: " + other.certificate().getSubjectX500Principal().getName());
  }

  @Test
  void forgedIssuerWithTheSameNameHasAnInvalidSignature() {
    TestPki impostor = TestPki.newCa("Chain CA");
    X509Certificate c = impostor.issueServer("fabrikam.test").certificate();
    assertThat(trust.validate(List.of(c))).hasValueSatisfying(p -> assertThat(p).startsWith("signature invalid"));
  }

  @Test
  void emptyChain() {
    assertThat(trust.validate(List.of())).hasValue("no certificate presented");
  }

  @Test
  void validationTimeCanBeGiven() {
    X509Certificate c = ca.issueServer("fabrikam.test").certificate();
    assertThat(trust.validate(List.of(c), Instant.now().plus(Duration.ofDays(60))))
        .hasValueSatisfying(p -> assertThat(p).contains("expired on"));
  }

  @Test
  void anchorsFromPem(@TempDir Path dir) throws IOException {
    ChainValidator loaded = ChainValidator.load(ca.writeCertificate(dir.resolve("ca.crt")));
    assertThat(loaded.anchors()).containsExactly(ca.certificate());
    assertThat(loaded.validate(List.of(ca.issueServer("fabrikam.test").certificate()))).isEmpty();
  }

  @Test
  void jdkDefaultAnchorsWhenNoFileIsConfigured() throws IOException {
    ChainValidator jdk = ChainValidator.load(null);
    assertThat(jdk.anchors()).isNotEmpty();
    assertThat(jdk.validate(List.of(ca.issueServer("fabrikam.test").certificate())))
        .hasValueSatisfying(p -> assertThat(p).startsWith("issuer not trusted"));
  }

  @Test
  void peerAuthenticationCombinesChainAndIdentity() {
    TestPki.Issued good = ca.issue(TestPki.request().xmppAddr("fabrikam.test").clientAuth(false));
    CertificateVerdict ok = PeerAuthentication.verify(List.of(good.certificate()), trust, "fabrikam.test");
    assertThat(ok).isEqualTo(new CertificateVerdict(true, true, null));
    assertThat(ok.saslExternalPossible()).isTrue();

    CertificateVerdict wrongDomain = PeerAuthentication.verify(List.of(good.certificate()), trust, "litware.test");
    assertThat(wrongDomain.chainTrusted()).isTrue();
    assertThat(wrongDomain.identityMatches()).isFalse();
    assertThat(wrongDomain.saslExternalPossible()).isFalse();
    assertThat(wrongDomain.problem()).isEqualTo(
        "certificate does not identify litware.test (it names xmppAddr:fabrikam.test)");

    TestPki.Issued untrusted = TestPki.newCa("Stranger CA").issueServer("fabrikam.test");
    CertificateVerdict bad = PeerAuthentication.verify(List.of(untrusted.certificate()), trust, "fabrikam.test");
    assertThat(bad.chainTrusted()).isFalse();
    assertThat(bad.identityMatches()).isTrue();
    assertThat(bad.saslExternalPossible()).isFalse();
    assertThat(bad.problem()).startsWith("issuer not trusted");

    CertificateVerdict cnOnly = PeerAuthentication.verify(
        List.of(ca.issue(TestPki.request().commonName("fabrikam.test")).certificate()), trust, "fabrikam.test");
    assertThat(cnOnly.identityMatches()).isFalse();
    assertThat(cnOnly.problem()).contains("no XMPP or DNS identity");

    assertThat(PeerAuthentication.verify(List.of(), trust, "fabrikam.test"))
        .isEqualTo(new CertificateVerdict(false, false, "no certificate presented"));
  }
}
