package org.bridgehead.certs.importing;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges an imported file against the pending requests. Pure: no store, no files. Every check runs, so
 * the administrator sees every problem of the file at once.
 */
public final class ChainChecker {
  private ChainChecker() {}

  /** What passed: the request the chain belongs to, its chain leaf first (anchor excluded), and warnings. */
  public record Verdict(String requestName, List<X509Certificate> chain, List<Finding> warnings) {}

  /**
   * @param pendingKeys public key of each pending request, by friendly name
   * @param xmppDomains the XMPP domains a request's certificate must cover, by friendly name
   * @throws CertificateCheckException naming every failed check
   */
  public static Verdict check(List<X509Certificate> file, Map<String, PublicKey> pendingKeys,
      Function<String, List<String>> xmppDomains, List<X509Certificate> anchors, Instant now) {
    String request = null;
    X509Certificate leaf = null;
    for (X509Certificate c : file) {
      for (var e : pendingKeys.entrySet()) {
        if (Arrays.equals(c.getPublicKey().getEncoded(), e.getValue().getEncoded())) {
          request = e.getKey();
          leaf = c;
        }
      }
    }
    if (leaf == null) {
      throw new CertificateCheckException(Finding.error(Check.MATCHES_PENDING_KEY, "no certificate in the file matches"
          + " the key of " + (pendingKeys.size() == 1 ? "pending request '" + pendingKeys.keySet().iterator().next() + "'"
          : "any of the pending requests " + pendingKeys.keySet()) + ".",
          "import the certificate the CA issued for this request's CSR (a certificate for another key cannot be used;"
              + " if the key was lost, make a new request)."));
    }
    List<Finding> findings = new ArrayList<>();
    ChainOrder order = ChainOrder.build(leaf, file, anchors);
    if (order.problem() != null) findings.add(order.problem());
    for (X509Certificate c : order.chain()) findings.addAll(LeafChecks.dates(c, now));
    findings.addAll(LeafChecks.sanCoverage(leaf, xmppDomains.apply(request)));
    findings.addAll(LeafChecks.usage(leaf));
    if (findings.stream().noneMatch(Finding::error)) pkix(order, now).ifPresent(findings::add);
    if (findings.stream().anyMatch(Finding::error)) throw new CertificateCheckException(findings);
    List<X509Certificate> chain = order.chain().stream().filter(c -> c != order.anchor()).toList();
    return new Verdict(request, chain, findings);
  }

  // The full RFC 5280 path validation (signatures, CA constraints, name constraints) as a last word.
  private static java.util.Optional<Finding> pkix(ChainOrder order, Instant now) {
    try {
      List<X509Certificate> path = order.chain().stream().filter(c -> c != order.anchor()).toList();
      PKIXParameters p = new PKIXParameters(Set.of(new TrustAnchor(order.anchor(), null)));
      p.setRevocationEnabled(false); // the wizard runs offline; revocation is the CA's and the partners' concern
      p.setDate(Date.from(now));
      CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), p);
      return java.util.Optional.empty();
    } catch (GeneralSecurityException e) {
      return java.util.Optional.of(Finding.error(Check.CHAIN_COMPLETE, "the chain does not validate: " + e.getMessage(),
          "import the chain exactly as the CA published it."));
    }
  }
}
