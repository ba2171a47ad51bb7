package org.bridgehead.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bridgehead.certs.store.KeyVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignExportTest {
  @TempDir Path dir;
  WizardFixture f;

  @AfterEach
  void tearDown() { if (f != null) f.close(); }

  private CertificateWizard.Pending issued(String name, boolean exportable, Duration validity) throws Exception {
    var pending = f.wizard.request(WizardFixture.request(name, exportable), "tester");
    var leaf = f.ca.issue(WizardFixture.csrKey(pending.csrPem()), TestCa.Leaf.of("contoso.com")
        .validity(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(validity)));
    f.wizard.importChain(Pem.write(List.of(leaf, f.ca.intermediate)), name, f.anchors(), "tester");
    return pending;
  }

  @Test
  void assignWritesChainAndOwnerOnlyKeyForTheNodeToReload() throws Exception {
    f = new WizardFixture(dir.resolve("data"));
    var pending = issued("edge", false, Duration.ofDays(90));
    f.wizard.assign("edge", Usage.EXTERNAL_EDGE, "tester");
    var tls = new AssignedCertificates(dir.resolve("data")).tlsSettings(Usage.EXTERNAL_EDGE).orElseThrow();
    assertThat(tls.certificateChain()).isEqualTo(dir.resolve("data/certs/external-edge/chain.pem"));
    assertThat(Pem.certificates(Files.readString(tls.certificateChain()))).hasSize(2);
    assertThat(Files.getPosixFilePermissions(tls.privateKey()))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    // the key file holds the key of the request: openssl derives the CSR's public key from it
    String pub = Openssl.run("pkey", "-in", tls.privateKey().toString(), "-pubout").out();
    Path csr = Files.writeString(dir.resolve("r.csr"), pending.csrPem());
    assertThat(Openssl.run("req", "-in", csr.toString(), "-noout", "-pubkey").out()).isEqualTo(pub);
    assertThat(new AssignedCertificates(dir.resolve("data")).tlsSettings(Usage.INTERNAL_LINK)).isEmpty();
    assertThat(f.wizard.assignments()).containsEntry(Usage.EXTERNAL_EDGE, "edge");
    assertThatThrownBy(() -> f.wizard.remove("edge", "tester")).isInstanceOf(CertificateRefusedException.class)
        .hasMessageContaining("assigned to [EXTERNAL_EDGE]");
  }

  @Test
  void whatIfAssignChangesNothing() throws Exception {
    f = new WizardFixture(dir.resolve("data"));
    issued("edge", false, Duration.ofDays(90));
    var preview = f.wizard.whatIfAssign("edge", Usage.INTERNAL_LINK, "tester");
    assertThat(preview.changes()).hasSize(1);
    assertThat(f.wizard.assignments()).isEmpty();
    assertThat(dir.resolve("data/certs/internal-link")).doesNotExist();
  }

  @Test
  void pendingCertificateCannotBeAssignedOrExported() {
    f = new WizardFixture(dir.resolve("data"));
    f.wizard.request(WizardFixture.request("edge", true), "tester");
    assertThatThrownBy(() -> f.wizard.assign("edge", Usage.EXTERNAL_EDGE, "tester"))
        .isInstanceOf(CertificateRefusedException.class).hasMessageContaining("pending");
    assertThatThrownBy(() -> f.wizard.export("edge", CertificateExport.PKCS12, "long-password".toCharArray()))
        .isInstanceOf(CertificateRefusedException.class).hasMessageContaining("pending");
  }

  @Test
  void exportIsRefusedWhenTheKeyIsNotExportable() throws Exception {
    f = new WizardFixture(dir.resolve("data"));
    issued("edge", false, Duration.ofDays(90));
    assertThatThrownBy(() -> f.wizard.export("edge", CertificateExport.PKCS12, "long-password".toCharArray()))
        .isInstanceOf(CertificateRefusedException.class).hasMessageContaining("non-exportable");
  }

  @Test
  void pkcs12AndPemExportsAreReadableByOpenssl() throws Exception {
    f = new WizardFixture(dir.resolve("data"));
    issued("edge", true, Duration.ofDays(90));
    Path p12 = Files.write(dir.resolve("edge.p12"), f.wizard.export("edge", CertificateExport.PKCS12,
        "s3cret-pass".toCharArray()));
    var info = Openssl.run("pkcs12", "-info", "-nokeys", "-in", p12.toString(), "-passin", "pass:s3cret-pass");
    assertThat(info.exit()).as(info.out()).isZero();
    assertThat(info.out()).contains("subject=CN = contoso.com").contains("AES-256-CBC").contains("Bridgehead Test CA Issuing");
    assertThat(Openssl.run("pkcs12", "-info", "-nokeys", "-in", p12.toString(), "-passin", "pass:wrong").exit()).isNotZero();
    Path pem = Files.write(dir.resolve("edge.pem"), f.wizard.export("edge", CertificateExport.PEM,
        "s3cret-pass".toCharArray()));
    assertThat(Files.readString(pem)).contains("ENCRYPTED PRIVATE KEY").contains("BEGIN CERTIFICATE");
    assertThat(KeyVault.decrypt(Files.readString(pem), "s3cret-pass".toCharArray()).getAlgorithm()).isEqualTo("RSA");
    assertThatThrownBy(() -> f.wizard.export("edge", CertificateExport.PEM, "short".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8");
  }

  @Test
  void statusWarnsThirtyDaysAheadAndRemoveDeletes() throws Exception {
    f = new WizardFixture(dir.resolve("data"));
    issued("soon", false, Duration.ofDays(20));
    issued("later", false, Duration.ofDays(200));
    f.wizard.request(WizardFixture.request("asked", false), "tester");
    var status = CertificateStatus.of(f.wizard, Instant.now());
    assertThat(status).extracting(CertificateStatus::name, CertificateStatus::level).containsExactly(
        org.assertj.core.groups.Tuple.tuple("asked", CertificateStatus.Level.PENDING),
        org.assertj.core.groups.Tuple.tuple("later", CertificateStatus.Level.OK),
        org.assertj.core.groups.Tuple.tuple("soon", CertificateStatus.Level.WARNING));
    assertThat(status.get(2).daysLeft()).isEqualTo(19L);
    assertThat(CertificateStatus.of(f.wizard, Instant.now().plus(Duration.ofDays(21))).get(2).level())
        .isEqualTo(CertificateStatus.Level.EXPIRED);
    f.wizard.remove("soon", "tester");
    assertThat(f.wizard.list()).extracting(r -> r.name()).containsExactly("asked", "later");
  }
}
