package org.bridgehead.edge.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * PKIX validation of a peer's certificate chain against configured trust anchors, revocation off and
 * <em>without</em> any extended-key-usage check: S2S peers present their server certificate when they
 * connect out, often with only the serverAuth purpose (XEP-0178, RFC 9525), and that is accepted.
 */
public final class ChainValidator {
  private final List<X509Certificate> anchors;
  private final Set<TrustAnchor> trustAnchors;

  public ChainValidator(List<X509Certificate> anchors) {
    if (anchors.isEmpty()) throw new IllegalArgumentException("no trust anchors");
    this.anchors = List.copyOf(anchors);
    Set<TrustAnchor> set = new LinkedHashSet<>();
    anchors.forEach(a -> set.add(new TrustAnchor(a, null)));
    this.trustAnchors = Set.copyOf(set);
  }

  /** Anchors from a PEM file of CA certificates, or the JDK's default anchors when {@code pemFile} is null. */
  public static ChainValidator load(Path pemFile) throws IOException {
    return new ChainValidator(pemFile == null ? jdkDefaultAnchors() : Pem.readCertificates(pemFile));
  }

  public List<X509Certificate> anchors() { return anchors; }

  /** Why {@code chain} (leaf first) is not trusted now; empty when it is. */
  public Optional<String> validate(List<X509Certificate> chain) {
    return validate(chain, Instant.now());
  }

  /** Why {@code chain} (leaf first) is not trusted at {@code at}; empty when it is. */
  public Optional<String> validate(List<X509Certificate> chain, Instant at) {
    if (chain.isEmpty()) return Optional.of("no certificate presented");
    List<X509Certificate> path = orderedPath(chain);
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      CertPath certPath = cf.generateCertPath(path);
      PKIXParameters params = new PKIXParameters(trustAnchors);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(at));
      // no target constraints: no key usage or extended key usage is demanded of the leaf
      params.setTargetCertConstraints(null);
      CertPathValidator.getInstance("PKIX").validate(certPath, params);
      return Optional.empty();
    } catch (CertPathValidatorException e) {
      return Optional.of(describe(e, path));
    } catch (GeneralSecurityException e) {
      return Optional.of("chain invalid: " + e.getMessage());
    }
  }

  private static String describe(CertPathValidatorException e, List<X509Certificate> path) {
    int index = e.getIndex();
    X509Certificate cert = index >= 0 && index < path.size() ? path.get(index) : path.get(0);
    String subject = cert.getSubjectX500Principal().getName();
    if (e.getReason() == BasicReason.EXPIRED) {
      return "certificate " + subject + " expired on " + cert.getNotAfter().toInstant();
    }
    if (e.getReason() == BasicReason.NOT_YET_VALID) {
      return "certificate " + subject + " not yet valid (valid from " + cert.getNotBefore().toInstant() + ")";
    }
    if (e.getReason() == BasicReason.INVALID_SIGNATURE) {
      return "signature invalid on certificate " + subject;
    }
    if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR) {
      return "issuer not trusted: " + path.get(path.size() - 1).getIssuerX500Principal().getName();
    }
    return "chain invalid (" + e.getReason() + "): " + e.getMessage();
  }

  /**
   * The leaf followed by its issuers as far as the presented certificates reach, in issuing order,
   * leaving out certificates that are trust anchors themselves and unrelated extras.
   */
  private List<X509Certificate> orderedPath(List<X509Certificate> chain) {
    List<X509Certificate> rest = new ArrayList<>(chain.subList(1, chain.size()));
    rest.removeIf(anchors::contains);
    List<X509Certificate> path = new ArrayList<>();
    X509Certificate current = chain.get(0);
    path.add(current);
    while (true) {
      X509Certificate issuer = null;
      for (X509Certificate c : rest) {
        if (c.getSubjectX500Principal().equals(current.getIssuerX500Principal()) && !path.contains(c)) {
          issuer = c;
          break;
        }
      }
      if (issuer == null || current.getSubjectX500Principal().equals(current.getIssuerX500Principal())) break;
      path.add(issuer);
      rest.remove(issuer);
      current = issuer;
    }
    return path;
  }

  private static List<X509Certificate> jdkDefaultAnchors() throws IOException {
    try {
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init((KeyStore) null);
      for (var tm : tmf.getTrustManagers()) {
        if (tm instanceof X509TrustManager x) return Arrays.asList(x.getAcceptedIssuers());
      }
      throw new IOException("the JDK has no X.509 trust manager");
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the JDK's trust anchors", e);
    }
  }
}
