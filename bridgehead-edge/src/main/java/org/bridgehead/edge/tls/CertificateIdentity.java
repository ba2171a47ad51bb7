package org.bridgehead.edge.tls;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bridgehead.config.DomainNames;

/**
 * Whether a certificate identifies an XMPP server domain (RFC 9525, RFC 6120 §13.7.1.2, XEP-0178): by a
 * subjectAltName xmppAddr ({@code id-on-xmppAddr}), SRVName ({@code _xmpp-server.<domain>}) or dNSName
 * (a wildcard only as the whole left-most label, matching exactly one label). Comparison is
 * case-insensitive on IDNA A-labels. The subject common name is never used.
 */
public final class CertificateIdentity {
  public static final String ID_ON_XMPP_ADDR = "1.3.6.1.5.5.7.8.5";
  public static final String ID_ON_DNS_SRV = "1.3.6.1.5.5.7.8.7";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final String XMPP_SERVER_SERVICE = "_xmpp-server.";

  private CertificateIdentity() {}

  /** Whether {@code certificate} identifies the XMPP server domain {@code domain}. */
  public static boolean matches(X509Certificate certificate, String domain) {
    String wanted;
    try {
      wanted = DomainNames.toAscii(domain);
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (Name n : names(certificate)) {
      if (n.kind().matcher.test(n.value(), wanted)) return true;
    }
    return false;
  }

  /**
   * The identities of {@code certificate} for diagnostics: {@code xmppAddr:…}, {@code SRVName:…},
   * {@code dNSName:…}, in certificate order; other subjectAltName types are left out.
   */
  public static List<String> identities(X509Certificate certificate) {
    return names(certificate).stream().map(n -> n.kind().label + ":" + n.value()).toList();
  }

  private enum Kind {
    XMPP_ADDR("xmppAddr", (value, domain) -> domain.equals(ascii(value))),
    SRV_NAME("SRVName", (value, domain) -> value.regionMatches(true, 0, XMPP_SERVER_SERVICE, 0,
        XMPP_SERVER_SERVICE.length()) && domain.equals(ascii(value.substring(XMPP_SERVER_SERVICE.length())))),
    DNS_NAME("dNSName", CertificateIdentity::dnsNameMatches);

    final String label;
    final BiPredicate<String, String> matcher;

    Kind(String label, BiPredicate<String, String> matcher) {
      this.label = label;
      this.matcher = matcher;
    }
  }

  private record Name(Kind kind, String value) {}

  private static boolean dnsNameMatches(String presented, String domain) {
    String p = presented.toLowerCase(Locale.ROOT);
    if (p.endsWith(".")) p = p.substring(0, p.length() - 1);
    if (p.startsWith("*.")) {
      String base = ascii(p.substring(2));
      // the wildcard must leave at least two labels, and stands for exactly one non-empty label
      if (base == null || !base.contains(".")) return false;
      int dot = domain.indexOf('.');
      return dot > 0 && domain.substring(dot + 1).equals(base);
    }
    return !p.contains("*") && domain.equals(ascii(p));
  }

  /** The A-label form, or null when {@code value} is not a domain name. */
  private static String ascii(String value) {
    try {
      return DomainNames.toAscii(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Name> names(X509Certificate certificate) {
    byte[] ext = certificate.getExtensionValue(SUBJECT_ALT_NAME);
    List<Name> out = new ArrayList<>();
    if (ext == null) return out;
    GeneralNames names;
    try {
      names = GeneralNames.getInstance(ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets()));
    } catch (IOException | IllegalArgumentException e) {
      return out;
    }
    for (GeneralName gn : names.getNames()) {
      if (gn.getTagNo() == GeneralName.dNSName) {
        out.add(new Name(Kind.DNS_NAME, ((ASN1String) gn.getName()).getString()));
      } else if (gn.getTagNo() == GeneralName.otherName) {
        otherName(gn.getName()).ifPresent(out::add);
      }
    }
    return out;
  }

  private static java.util.Optional<Name> otherName(ASN1Encodable encodable) {
    try {
      OtherName other = OtherName.getInstance(encodable);
      ASN1ObjectIdentifier type = other.getTypeID();
      ASN1Encodable value = other.getValue();
      while (value instanceof ASN1TaggedObject tagged) value = tagged.getExplicitBaseObject();
      if (!(value instanceof ASN1String s)) return java.util.Optional.empty();
      if (type.getId().equals(ID_ON_XMPP_ADDR)) return java.util.Optional.of(new Name(Kind.XMPP_ADDR, s.getString()));
      if (type.getId().equals(ID_ON_DNS_SRV)) return java.util.Optional.of(new Name(Kind.SRV_NAME, s.getString()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // a malformed otherName identifies nothing
    }
    return java.util.Optional.empty();
  }
}
