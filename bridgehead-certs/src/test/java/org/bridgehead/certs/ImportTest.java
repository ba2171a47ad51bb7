package org.bridgehead.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgehead.certs.importing.Check;
import org.bridgehead.certs.importing.CertificateCheckException;
import org.bridgehead.certs.importing.Finding;
import org.bridgehead.certs.importing.TrustAnchors;
import org.bridgehead.certs.store.CertificateState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  @TempDir Path dir;
  WizardFixture f;
  CertificateWizard.Pending pending;

  @BeforeEach
  void setUp() {
    f = new WizardFixture(dir);
    pending = f.wizard.request(WizardFixture.request("edge", true), "tester");
  }

  @AfterEach
  void tearDown() { f.close(); }

  private X509Certificate leaf(TestCa.Leaf leaf) throws Exception {
    return f.ca.issue(WizardFixture.csrKey(pending.csrPem()), leaf);
  }

  private CertificateWizard.Imported importing(List<X509Certificate> chain) {
    return f.wizard.importChain(Pem.write(chain), null, f.anchors(), "tester");
  }

  private List<Finding> refused(List<X509Certificate> chain) {
    try {
      importing(chain);
    } catch (CertificateCheckException e) {
      assertThat(f.wizard.list().get(0).state()).isEqualTo(CertificateState.PENDING);
      return e.findings().stream().filter(Finding::error).toList();
    }
    throw new AssertionError("import was not refused");
  }

  @Test
  void importsAChainInAnyOrderAndMarksItIssued() throws Exception {
    X509Certificate leaf = leaf(TestCa.Leaf.of("edge.contoso.com", "contoso.com"));
    var imported = importing(List.of(f.ca.root, leaf, f.ca.intermediate)); // root first, shuffled
    assertThat(imported.record().state()).isEqualTo(CertificateState.ISSUED);
    assertThat(imported.record().name()).isEqualTo("edge");
    assertThat(imported.record().notAfter()).isEqualTo(leaf.getNotAfter().toInstant());
    assertThat(imported.warnings()).isEmpty();
    String stored = f.store.read(h -> h.createQuery("SELECT chain_pem FROM certificate").mapTo(String.class).one());
    assertThat(Pem.certificates(stored)).containsExactly(leaf, f.ca.intermediate);
  }

  @Test
  void wildcardSanCoversTheXmppDomainOnlyForOneLabelAndMissingClientAuthWarns() throws Exception {
    // the XMPP domain contoso.com is not covered by *.contoso.com
    assertThat(refused(List.of(leaf(TestCa.Leaf.of("*.contoso.com")), f.ca.intermediate)))
        .extracting(Finding::check).containsExactly(Check.SAN_COVERAGE);
    var imported = importing(List.of(leaf(TestCa.Leaf.of("contoso.com").serverAuthOnly()), f.ca.intermediate));
    assertThat(imported.warnings()).extracting(Finding::check).containsExactly(Check.EXTENDED_KEY_USAGE);
    assertThat(imported.warnings().get(0).reason()).contains("clientAuth");
  }

  @Test
  void refusesACertificateForAnotherKey() {
    var other = f.ca.issue(org.bridgehead.certs.request.KeyType.RSA_2048.generate().getPublic(), TestCa.Leaf.of("contoso.com"));
    assertThat(refused(List.of(other, f.ca.intermediate))).singleElement().satisfies(e -> {
      assertThat(e.check()).isEqualTo(Check.MATCHES_PENDING_KEY);
      assertThat(e.reason()).contains("pending request 'edge'");
      assertThat(e.fix()).contains("CSR");
    });
  }

  @Test
  void refusesAChainMissingItsIntermediate() throws Exception {
    assertThat(refused(List.of(leaf(TestCa.Leaf.of("contoso.com"))))).singleElement().satisfies(e -> {
      assertThat(e.check()).isEqualTo(Check.CHAIN_COMPLETE);
      assertThat(e.reason()).contains("Bridgehead Test CA Issuing");
      assertThat(e.fix()).contains("intermediate");
    });
  }

  @Test
  void refusesAnUntrustedRoot() throws Exception {
    X509Certificate leaf = leaf(TestCa.Leaf.of("contoso.com"));
    List<Finding> errors;
    try {
      f.wizard.importChain(Pem.write(List.of(leaf, f.ca.intermediate, f.ca.root)), "edge", TrustAnchors.jdkDefaults(),
          "tester");
      throw new AssertionError("import was not refused");
    } catch (CertificateCheckException e) {
      errors = e.findings();
    }
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.check()).isEqualTo(Check.TRUSTED_ROOT);
      assertThat(e.reason()).contains("Bridgehead Test CA Root");
      assertThat(e.fix()).contains("--trust-anchors");
    });
  }

  @Test
  void refusesExpiredAndNotYetValidCertificates() throws Exception {
    Instant now = Instant.now();
    var expired = refused(List.of(leaf(TestCa.Leaf.of("contoso.com").validity(now.minus(Duration.ofDays(100)),
        now.minus(Duration.ofDays(1)))), f.ca.intermediate));
    assertThat(expired).singleElement().satisfies(e -> {
      assertThat(e.check()).isEqualTo(Check.DATES);
      assertThat(e.reason()).contains("expired on");
    });
    var future = refused(List.of(leaf(TestCa.Leaf.of("contoso.com").validity(now.plus(Duration.ofDays(1)),
        now.plus(Duration.ofDays(100)))), f.ca.intermediate));
    assertThat(future).singleElement().satisfies(e -> {
      assertThat(e.check()).isEqualTo(Check.DATES);
      assertThat(e.reason()).contains("not valid before");
    });
  }

  @Test
  void refusesASanListMissingAnXmppDomain() throws Exception {
    assertThat(refused(List.of(leaf(TestCa.Leaf.of("edge.contoso.com", "sip.contoso.com")), f.ca.intermediate)))
        .singleElement().satisfies(e -> {
          assertThat(e.check()).isEqualTo(Check.SAN_COVERAGE);
          assertThat(e.reason()).contains("'contoso.com'");
        });
  }

  @Test
  void namesEveryFailureAtOnce() throws Exception {
    Instant now = Instant.now();
    var errors = refused(List.of(leaf(TestCa.Leaf.of("other.example").validity(now.minus(Duration.ofDays(10)),
        now.minus(Duration.ofDays(1))))));
    assertThat(errors).extracting(Finding::check).containsExactlyInAnyOrder(Check.CHAIN_COMPLETE, Check.DATES,
        Check.SAN_COVERAGE);
  }
}
