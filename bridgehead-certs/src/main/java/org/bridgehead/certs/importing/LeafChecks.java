package org.bridgehead.certs.importing;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.certs.request.DnsNames;

/** The checks on single certificates: dates, SAN coverage of the XMPP domains, key usage and EKU for TLS. */
public final class LeafChecks {
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String ANY_EKU = "2.5.29.37.0";

  private LeafChecks() {}

  public static List<Finding> dates(X509Certificate c, Instant now) {
    String who = ChainOrder.name(c);
    if (now.isAfter(c.getNotAfter().toInstant())) {
      return List.of(Finding.error(Check.DATES, "'" + who + "' expired on " + c.getNotAfter().toInstant() + ".",
          "ask the CA to renew it (a new request, or the CA's current intermediate), then import the new chain."));
    }
    if (now.isBefore(c.getNotBefore().toInstant())) {
      return List.of(Finding.error(Check.DATES, "'" + who + "' is not valid before " + c.getNotBefore().toInstant() + ".",
          "check this machine's clock, or import it once it becomes valid."));
    }
    return List.of();
  }

  /** dNSName SANs of {@code c}; unreadable SANs count as none. */
  public static List<String> dnsNames(X509Certificate c) {
    List<String> out = new ArrayList<>();
    try {
      var sans = c.getSubjectAlternativeNames();
      if (sans != null) {
        for (List<?> san : sans) {
          if (Integer.valueOf(2).equals(san.get(0))) out.add(String.valueOf(san.get(1)).toLowerCase(java.util.Locale.ROOT));
        }
      }
    } catch (CertificateParsingException e) {
      return List.of();
    }
    return out;
  }

  public static List<Finding> sanCoverage(X509Certificate leaf, List<String> xmppDomains) {
    List<String> names = dnsNames(leaf);
    List<Finding> out = new ArrayList<>();
    for (String domain : xmppDomains) {
      if (names.stream().noneMatch(n -> DnsNames.covers(n, domain))) {
        out.add(Finding.error(Check.SAN_COVERAGE, "the certificate's SANs " + names + " do not include the XMPP domain '"
            + domain + "'.", "request a certificate whose SANs list '" + domain + "' and import that one."));
      }
    }
    return out;
  }

  public static List<Finding> usage(X509Certificate leaf) {
    List<Finding> out = new ArrayList<>();
    boolean[] ku = leaf.getKeyUsage();
    boolean rsa = leaf.getPublicKey().getAlgorithm().equals("RSA");
    if (ku != null) {
      boolean sign = ku[0];
      boolean encipher = ku.length > 2 && ku[2];
      if (!sign && !(rsa && encipher)) {
        out.add(Finding.error(Check.KEY_USAGE, "the key usage allows neither digitalSignature"
            + (rsa ? " nor keyEncipherment" : "") + ", so no TLS server can use it.",
            "ask the CA for a TLS server (web server) certificate profile."));
      } else if (!sign) {
        out.add(Finding.warning(Check.KEY_USAGE, "the key usage lacks digitalSignature: TLS 1.3 and ECDHE suites"
            + " cannot use this key.", "prefer a certificate with digitalSignature in its key usage."));
      }
    }
    List<String> eku;
    try {
      eku = leaf.getExtendedKeyUsage();
    } catch (CertificateParsingException e) {
      return List.of(Finding.error(Check.EXTENDED_KEY_USAGE, "the extended key usage cannot be read: " + e.getMessage(),
          "ask the CA to reissue the certificate."));
    }
    if (eku != null && !eku.contains(ANY_EKU)) {
      if (!eku.contains(SERVER_AUTH)) {
        out.add(Finding.error(Check.EXTENDED_KEY_USAGE, "the extended key usage " + eku + " lacks serverAuth;"
            + " partners would refuse it on 5269.", "ask the CA for a TLS server certificate (serverAuth)."));
      }
      if (!eku.contains(CLIENT_AUTH)) {
        out.add(Finding.warning(Check.EXTENDED_KEY_USAGE, "the extended key usage lacks clientAuth; XEP-0178 peers"
            + " that check it refuse SASL EXTERNAL on streams we open.",
            "ask the CA for serverAuth and clientAuth if partners authenticate us with certificates."));
      }
    }
    return out;
  }
}
