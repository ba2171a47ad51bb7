package org.bridgehead.edge.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateIdentityTest {
  private static TestPki ca;

  @BeforeAll
  static void ca() { ca = TestPki.newCa("Identity CA"); }

  private static X509Certificate cert(TestPki.Request r) { return ca.issue(r).certificate(); }

  @ParameterizedTest(name = "dNSName {0} vs {1} -> {2}")
  @CsvSource({
      "example.test,     example.test,       true",
      "example.test,     EXAMPLE.Test,       true",
      "Example.TEST,     example.test,       true",
      "example.test.,    example.test,       true",
      "example.test,     a.example.test,     false",
      "*.example.test,   a.example.test,     true",
      "*.example.test,   A.Example.Test,     true",
      "*.example.test,   example.test,       false",
      "*.example.test,   a.b.example.test,   false",
      "f*.example.test,  foo.example.test,   false",
      "*.test,           example.test,       false",
      "a.*.example.test, a.b.example.test,   false",
      "xn--bcher-kva.test, bücher.test,      true",
      "*.xn--bcher-kva.test, a.bücher.test,  true",
      "example.test,     '',                 false",
  })
  void dnsName(String presented, String domain, boolean expected) {
    assertThat(CertificateIdentity.matches(cert(TestPki.request().dnsName(presented).commonName("x")), domain))
        .isEqualTo(expected);
  }

  @Test
  void xmppAddrAlone() {
    X509Certificate c = cert(TestPki.request().xmppAddr("example.test").commonName("nothing.test"));
    assertThat(CertificateIdentity.matches(c, "example.test")).isTrue();
    assertThat(CertificateIdentity.matches(c, "Example.Test")).isTrue();
    assertThat(CertificateIdentity.matches(c, "a.example.test")).isFalse();
    assertThat(CertificateIdentity.identities(c)).containsExactly("xmppAddr:example.test");
  }

  @Test
  void xmppAddrInUnicodeMatchesALabels() {
    X509Certificate c = cert(TestPki.request().xmppAddr("bücher.test"));
    assertThat(CertificateIdentity.matches(c, "xn--bcher-kva.test")).isTrue();
    assertThat(CertificateIdentity.matches(c, "BÜCHER.test")).isTrue();
  }

  @Test
  void xmppAddrOfAUserIsNotADomainIdentity() {
    X509Certificate c = cert(TestPki.request().xmppAddr("admin@example.test"));
    assertThat(CertificateIdentity.matches(c, "example.test")).isFalse();
  }

  @Test
  void wildcardXmppAddrIsNotAWildcard() {
    X509Certificate c = cert(TestPki.request().xmppAddr("*.example.test"));
    assertThat(CertificateIdentity.matches(c, "a.example.test")).isFalse();
  }

  @Test
  void srvNameAlone() {
    X509Certificate c = cert(TestPki.request().srvName("_xmpp-server.example.test").commonName("nothing.test"));
    assertThat(CertificateIdentity.matches(c, "example.test")).isTrue();
    assertThat(CertificateIdentity.matches(c, "EXAMPLE.test")).isTrue();
    assertThat(CertificateIdentity.matches(c, "other.test")).isFalse();
    assertThat(CertificateIdentity.identities(c)).containsExactly("SRVName:_xmpp-server.example.test");
  }

  @Test
  void clientSrvNameDoesNotIdentifyAServer() {
    X509Certificate c = cert(TestPki.request().srvName("_xmpp-client.example.test"));
    assertThat(CertificateIdentity.matches(c, "example.test")).isFalse();
  }

  @Test
  void commonNameIsNeverUsed() {
    X509Certificate c = cert(TestPki.request().commonName("example.test"));
    assertThat(c.getSubjectX500Principal().getName()).contains("CN=example.test");
    assertThat(CertificateIdentity.matches(c, "example.test")).isFalse();
    assertThat(CertificateIdentity.identities(c)).isEmpty();
  }

  @Test
  void identitiesListEveryKindInOrder() {
    X509Certificate c = cert(TestPki.request().dnsName("example.test").dnsName("*.example.test")
        .xmppAddr("example.test").srvName("_xmpp-server.example.test"));
    assertThat(CertificateIdentity.identities(c)).containsExactly("dNSName:example.test", "dNSName:*.example.test",
        "xmppAddr:example.test", "SRVName:_xmpp-server.example.test");
    assertThat(CertificateIdentity.matches(c, "muc.example.test")).isTrue();
  }
}
