package org.bridgehead.certs;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bridgehead.certs.request.CertificateRequest;
import org.bridgehead.certs.request.Deployment;
import org.bridgehead.certs.request.KeyType;
import org.bridgehead.certs.request.SanPlanner;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.StoreLocation;

/** A store under a temporary data directory, the wizard on it, and a test CA. */
final class WizardFixture implements AutoCloseable {
  final Path dataDir;
  final ManagementStore store;
  final CertificateWizard wizard;
  final TestCa ca = new TestCa("Bridgehead Test CA");

  WizardFixture(Path dataDir) {
    this.dataDir = dataDir;
    this.store = ManagementStore.open(StoreLocation.embedded(dataDir));
    this.wizard = CertificateWizard.forDataDir(store, dataDir);
  }

  static CertificateRequest request(String name, boolean exportable) {
    return new CertificateRequest(name, KeyType.RSA_2048, exportable, "Contoso", "IT", "US", "WA", "Redmond",
        SanPlanner.plan(new Deployment(List.of("contoso.com"), List.of("contoso.com"), List.of("edge.contoso.com"),
            null, null), null));
  }

  /** The public key inside a CSR, as a CA reads it. */
  static PublicKey csrKey(String csrPem) throws Exception {
    try (PEMParser p = new PEMParser(new java.io.StringReader(csrPem))) {
      return new JcaPEMKeyConverter().getPublicKey(((PKCS10CertificationRequest) p.readObject()).getSubjectPublicKeyInfo());
    }
  }

  /** The anchors the import accepts: the JDK's and this test's root. */
  List<java.security.cert.X509Certificate> anchors() {
    var out = new java.util.ArrayList<>(org.bridgehead.certs.importing.TrustAnchors.jdkDefaults());
    out.add(ca.root);
    return out;
  }

  @Override
  public void close() { store.close(); }
}
