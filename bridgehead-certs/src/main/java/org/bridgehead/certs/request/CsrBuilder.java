package org.bridgehead.certs.request;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Builds the PKCS#10 request: the subject, and in its extensionRequest the SANs, the key usage and the
 * serverAuth + clientAuth EKUs (XEP-0178 peers may check clientAuth when we connect to them).
 */
public final class CsrBuilder {
  private CsrBuilder() {}

  public static X500Name subject(CertificateRequest r) {
    X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
    b.addRDN(BCStyle.C, r.country());
    if (present(r.state())) b.addRDN(BCStyle.ST, r.state().strip());
    if (present(r.city())) b.addRDN(BCStyle.L, r.city().strip());
    b.addRDN(BCStyle.O, r.organization().strip());
    if (present(r.unit())) b.addRDN(BCStyle.OU, r.unit().strip());
    b.addRDN(BCStyle.CN, r.plan().subjectCn());
    return b.build();
  }

  public static PKCS10CertificationRequest build(CertificateRequest r, KeyPair keys) {
    try {
      ExtensionsGenerator ext = new ExtensionsGenerator();
      ext.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(r.plan().sans().stream()
          .map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
      int usage = r.keyType().isRsa() ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature;
      ext.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
      ext.addExtension(Extension.extendedKeyUsage, false,
          new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
      return new JcaPKCS10CertificationRequestBuilder(subject(r), keys.getPublic())
          .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, ext.generate())
          .build(new JcaContentSignerBuilder(r.keyType().signatureAlgorithm()).build(keys.getPrivate()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot sign the request with " + r.keyType().signatureAlgorithm(), e);
    }
  }

  /** The request as a PEM {@code CERTIFICATE REQUEST} block, what CAs accept in their upload forms. */
  public static String pem(PKCS10CertificationRequest csr) {
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      w.writeObject(csr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  private static boolean present(String s) { return s != null && !s.isBlank(); }
}
