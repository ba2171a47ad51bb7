package org.bridgehead.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.certs.request.CertificateRequest;
import org.bridgehead.certs.request.Deployment;
import org.bridgehead.certs.request.KeyType;
import org.bridgehead.certs.request.SanPlanner;
import org.bridgehead.certs.store.CertificateState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsrTest {
  @TempDir Path dir;

  @Test
  void csrVerifiesWithOpensslAndCarriesSubjectSansAndEkus() throws Exception {
    try (WizardFixture f = new WizardFixture(dir.resolve("data"))) {
      var pending = f.wizard.request(WizardFixture.request("Edge 2024", false), "tester");
      assertThat(pending.record().state()).isEqualTo(CertificateState.PENDING);
      Path csr = Files.writeString(dir.resolve("edge.csr"), pending.csrPem());
      assertThat(Openssl.run("req", "-verify", "-noout", "-in", csr.toString()).exit()).isZero();
      String text = Openssl.run("req", "-noout", "-text", "-in", csr.toString()).out();
      assertThat(text).contains("C = US, ST = WA, L = Redmond, O = Contoso, OU = IT, CN = edge.contoso.com")
          .contains("DNS:edge.contoso.com, DNS:contoso.com, DNS:sip.contoso.com")
          .contains("TLS Web Server Authentication, TLS Web Client Authentication")
          .contains("sha256WithRSAEncryption").contains("Public-Key: (2048 bit)");
    }
  }

  @Test
  void ecP256RequestVerifiesToo() throws Exception {
    try (WizardFixture f = new WizardFixture(dir.resolve("data"))) {
      var r = new CertificateRequest("ec", KeyType.EC_P256, false, "Contoso", null, "DE", null, null,
          SanPlanner.plan(new Deployment(List.of("contoso.com"), null, null, null, null), null));
      Path csr = Files.writeString(dir.resolve("ec.csr"), f.wizard.request(r, "tester").csrPem());
      assertThat(Openssl.run("req", "-verify", "-noout", "-in", csr.toString()).exit()).isZero();
      assertThat(Openssl.run("req", "-noout", "-text", "-in", csr.toString()).out())
          .contains("ecdsa-with-SHA256").contains("prime256v1").contains("C = DE, O = Contoso, CN = contoso.com");
    }
  }

  @Test
  void keyInTheStoreIsEncryptedAndTheSecretFileOwnerOnly() throws Exception {
    try (WizardFixture f = new WizardFixture(dir.resolve("data"))) {
      f.wizard.request(WizardFixture.request("edge", false), "tester");
      String stored = f.store.read(h -> h.createQuery("SELECT encrypted_key FROM certificate").mapTo(String.class).one());
      assertThat(stored).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----").doesNotContain("BEGIN PRIVATE KEY");
      // openssl cannot read it without the secret, and reads it with the secret
      Path keyFile = Files.writeString(dir.resolve("stored.key"), stored);
      assertThat(Openssl.run("pkey", "-in", keyFile.toString(), "-passin", "pass:wrong", "-noout").exit()).isNotZero();
      Path secret = dir.resolve("data/secrets/certificate-key.secret");
      assertThat(Files.getPosixFilePermissions(secret)).containsExactlyInAnyOrder(
          java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      assertThat(Openssl.run("pkey", "-in", keyFile.toString(), "-passin", "file:" + secret, "-noout").exit()).isZero();
      String audit = f.store.read(h -> String.join("\n", h.createQuery("SELECT after_json FROM audit_log"
          + " WHERE object_type = 'certificate'").mapTo(String.class).list()));
      assertThat(audit).contains("edge").doesNotContain("PRIVATE KEY");
    }
  }
}
