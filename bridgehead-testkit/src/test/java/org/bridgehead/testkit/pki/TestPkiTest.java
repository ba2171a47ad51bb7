package org.bridgehead.testkit.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPkiTest {
  @Test
  void issuesCertificateSignedByCaWithRequestedNames(@TempDir Path dir) throws Exception {
    TestPki ca = TestPki.newCa("Test CA");
    TestPki.Issued leaf = ca.issue(TestPki.request().dnsName("fabrikam.test").xmppAddr("fabrikam.test")
        .srvName("_xmpp-server.fabrikam.test").clientAuth(false));

    leaf.certificate().verify(ca.certificate().getPublicKey());
    assertThat(leaf.certificate().getSubjectAlternativeNames()).hasSize(3);
    assertThat(leaf.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");

    TestPki.PemFiles files = leaf.write(dir, "fabrikam");
    try (var in = Files.newInputStream(files.certificateChain())) {
      var chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
      assertThat(chain).hasSize(2);
      assertThat(((X509Certificate) List.copyOf(chain).get(1)).getSubjectX500Principal())
          .isEqualTo(ca.certificate().getSubjectX500Principal());
    }
    assertThat(Files.readString(files.privateKey())).startsWith("-----BEGIN PRIVATE KEY-----");
  }
}
