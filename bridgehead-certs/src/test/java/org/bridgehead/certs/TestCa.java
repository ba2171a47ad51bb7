package org.bridgehead.certs;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bridgehead.certs.request.KeyType;

/** A root and an intermediate that sign whatever public key a test brings (as a CA signs a CSR). */
final class TestCa {
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  final KeyPair rootKeys = KeyType.RSA_2048.generate();
  final X509Certificate root;
  final KeyPair intermediateKeys = KeyType.RSA_2048.generate();
  final X509Certificate intermediate;

  TestCa(String name) {
    Instant now = Instant.now();
    root = ca("CN=" + name + " Root", rootKeys, "CN=" + name + " Root", rootKeys, now);
    intermediate = ca("CN=" + name + " Issuing", intermediateKeys, "CN=" + name + " Root", rootKeys, now);
  }

  /** What the leaf should look like; defaults: valid now for 90 days, serverAuth + clientAuth. */
  record Leaf(List<String> sans, Instant notBefore, Instant notAfter, boolean clientAuth) {
    static Leaf of(String... sans) {
      return new Leaf(List.of(sans), Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(90)), true);
    }

    Leaf validity(Instant from, Instant to) { return new Leaf(sans, from, to, clientAuth); }

    Leaf serverAuthOnly() { return new Leaf(sans, notBefore, notAfter, false); }
  }

  X509Certificate issue(PublicKey key, Leaf leaf) {
    try {
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(intermediate.getSubjectX500Principal().getName()),
          serial(), Date.from(leaf.notBefore()), Date.from(leaf.notAfter()), new X500Name("CN=" + leaf.sans().get(0)), key);
      b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(leaf.sans().stream()
          .map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      b.addExtension(Extension.extendedKeyUsage, false, leaf.clientAuth()
          ? new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})
          : new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      return sign(b, intermediateKeys);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate ca(String subject, KeyPair keys, String issuer, KeyPair issuerKeys, Instant now) {
    try {
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer), serial(),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), new X500Name(subject),
          keys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return sign(b, issuerKeys);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) throws Exception {
    return new JcaX509CertificateConverter().getCertificate(
        b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
  }

  private static BigInteger serial() { return BigInteger.valueOf(SERIAL.incrementAndGet()); }
}
