package org.bridgehead.testkit.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
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
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A throw-away certificate authority for tests: issues XMPP server certificates with the identities
 * RFC 9525 and XEP-0178 look at, and writes PEM files that Bridgehead, Prosody and ejabberd all read.
 */
public final class TestPki {
  public static final ASN1ObjectIdentifier ID_ON_XMPP_ADDR = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.5");
  public static final ASN1ObjectIdentifier ID_ON_DNS_SRV = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.7");

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private final String name;
  private final KeyPair keyPair;
  private final X509Certificate certificate;

  private TestPki(String name, KeyPair keyPair, X509Certificate certificate) {
    this.name = name;
    this.keyPair = keyPair;
    this.certificate = certificate;
  }

  /** A new self-signed root CA. */
  public static TestPki newCa(String name) {
    KeyPair kp = rsa();
    return ca(name, kp, name, kp);
  }

  /** A new intermediate CA issued by this one (a chain then needs it between the leaf and this root). */
  public TestPki newIntermediate(String intermediateName) {
    return ca(intermediateName, rsa(), name, keyPair);
  }

  private static TestPki ca(String name, KeyPair kp, String issuer, KeyPair signer) {
    X500Name subject = new X500Name("CN=" + name + ", O=Bridgehead tests");
    Instant now = Instant.now();
    try {
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name("CN=" + issuer + ", O=Bridgehead tests"),
          serial(), Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))), subject,
          kp.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new TestPki(name, kp, sign(b, signer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public X509Certificate certificate() { return certificate; }

  public String name() { return name; }

  /** What a server certificate should carry. */
  public static final class Request {
    private final List<String> dnsNames = new ArrayList<>();
    private final List<String> xmppAddrs = new ArrayList<>();
    private final List<String> srvNames = new ArrayList<>();
    private String commonName;
    private boolean clientAuth = true;
    private Instant notBefore = Instant.now().minus(Duration.ofHours(1));
    private Instant notAfter = Instant.now().plus(Duration.ofDays(30));

    public Request dnsName(String n) { dnsNames.add(n); return this; }
    public Request xmppAddr(String n) { xmppAddrs.add(n); return this; }
    /** The SRVName in its encoded form, e.g. {@code _xmpp-server.example.com}. */
    public Request srvName(String n) { srvNames.add(n); return this; }
    public Request commonName(String n) { commonName = n; return this; }
    /** When false the certificate has only the serverAuth extended key usage. */
    public Request clientAuth(boolean v) { clientAuth = v; return this; }
    public Request validity(Instant from, Instant to) { notBefore = from; notAfter = to; return this; }
  }

  public static Request request() { return new Request(); }

  /** Shortcut: a certificate for {@code domain} as a dNSName (and CN), serverAuth and clientAuth. */
  public Issued issueServer(String domain) {
    return issue(request().dnsName(domain).commonName(domain));
  }

  public Issued issue(Request r) {
    KeyPair kp = rsa();
    return new Issued(kp, sign(kp.getPublic(), r), certificate);
  }

  /** Signs {@code key} (e.g. the one in a CSR) as a CA signs a request, with {@code r}'s names and dates. */
  public X509Certificate sign(java.security.PublicKey key, Request r) {
    KeyPair kp = new KeyPair(key, null);
    String cn = r.commonName != null ? r.commonName
        : !r.dnsNames.isEmpty() ? r.dnsNames.get(0) : "bridgehead-test";
    try {
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
          new X500Name("CN=" + name + ", O=Bridgehead tests"), serial(),
          Date.from(r.notBefore), Date.from(r.notAfter), new X500Name("CN=" + cn), kp.getPublic());
      List<GeneralName> names = new ArrayList<>();
      r.dnsNames.forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
      r.xmppAddrs.forEach(n -> names.add(otherName(ID_ON_XMPP_ADDR, new DERUTF8String(n))));
      r.srvNames.forEach(n -> names.add(otherName(ID_ON_DNS_SRV, new DERIA5String(n))));
      if (!names.isEmpty()) {
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
      }
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      b.addExtension(Extension.extendedKeyUsage, false, r.clientAuth
          ? new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})
          : new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      return sign(b, keyPair);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes this CA's certificate as PEM. */
  public Path writeCertificate(Path file) {
    return writePem(file, List.of(certificate));
  }

  /** An issued certificate with its key. */
  public record Issued(KeyPair keyPair, X509Certificate certificate, X509Certificate issuer) {
    /** Writes {@code name.crt} (leaf then issuer), {@code name.key} (PKCS#8) into {@code dir}. */
    public PemFiles write(Path dir, String name) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path crt = writePem(dir.resolve(name + ".crt"), List.of(certificate, issuer));
      try {
        Path key = writePem(dir.resolve(name + ".key"),
            List.of(new JcaPKCS8Generator(keyPair.getPrivate(), null).generate()));
        return new PemFiles(crt, key);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public record PemFiles(Path certificateChain, Path privateKey) {}

  private static Path writePem(Path file, List<?> objects) {
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      for (Object o : objects) {
        if (o instanceof PemObject p) w.writeObject(p); else w.writeObject(o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.writeString(file, sw.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static GeneralName otherName(ASN1ObjectIdentifier oid, org.bouncycastle.asn1.ASN1Encodable value) {
    return new GeneralName(GeneralName.otherName, new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
        oid, new DERTaggedObject(true, 0, value)}));
  }

  private static BigInteger serial() { return BigInteger.valueOf(SERIAL.incrementAndGet()); }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, new SecureRandom());
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) {
    try {
      ContentSigner s = new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate());
      return new JcaX509CertificateConverter().getCertificate(b.build(s));
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
