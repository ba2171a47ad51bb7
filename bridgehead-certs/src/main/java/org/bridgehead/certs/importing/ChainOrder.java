package org.bridgehead.certs.importing;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Orders the certificates of an imported file from the leaf up, by issuer name and signature (files
 * come leaf first, root first or shuffled), and finds the trust anchor the chain ends at.
 *
 * @param chain leaf first, then each issuer found in the file
 * @param anchor the trusted root the chain ends at, or null with {@code problem} set
 */
public record ChainOrder(List<X509Certificate> chain, X509Certificate anchor, Finding problem) {
  private static final int MAX_DEPTH = 10;

  public static ChainOrder build(X509Certificate leaf, List<X509Certificate> file, List<X509Certificate> anchors) {
    List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
    List<X509Certificate> remaining = new ArrayList<>(file);
    remaining.remove(leaf);
    X509Certificate current = leaf;
    while (chain.size() <= MAX_DEPTH) {
      X509Certificate c = current;
      if (selfSigned(c)) {
        if (anchors.stream().anyMatch(a -> sameCertificate(a, c))) return new ChainOrder(chain, c, null);
        return new ChainOrder(chain, null, Finding.error(Check.TRUSTED_ROOT,
            "the chain ends at root '" + name(c) + "', which is not a trusted root.",
            "use a certificate from a CA whose root the JDK trusts, or give that root with --trust-anchors ROOT.pem."));
      }
      Optional<X509Certificate> anchor = anchors.stream().filter(a -> issuedBy(c, a)).findFirst();
      if (anchor.isPresent()) return new ChainOrder(chain, anchor.get(), null);
      Optional<X509Certificate> next = remaining.stream().filter(r -> issuedBy(c, r)).findFirst();
      if (next.isEmpty()) {
        return new ChainOrder(chain, null, Finding.error(Check.CHAIN_COMPLETE,
            "the chain is incomplete: no certificate for '" + c.getIssuerX500Principal().getName()
                + "', the issuer of '" + name(c) + "', and it is not a trusted root.",
            "append the CA's intermediate certificate(s) to the file (CAs publish them as a chain or bundle);"
                + " if that issuer is a private root, give it with --trust-anchors."));
      }
      chain.add(next.get());
      remaining.remove(next.get());
      current = next.get();
    }
    return new ChainOrder(chain, null, Finding.error(Check.CHAIN_COMPLETE,
        "the chain is longer than " + MAX_DEPTH + " certificates.", "import only the leaf and its CA chain."));
  }

  static String name(X509Certificate c) { return c.getSubjectX500Principal().getName(); }

  static boolean selfSigned(X509Certificate c) { return issuedBy(c, c); }

  static boolean issuedBy(X509Certificate c, X509Certificate issuer) {
    if (!c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) return false;
    try {
      c.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static boolean sameCertificate(X509Certificate a, X509Certificate b) {
    return a.getSubjectX500Principal().equals(b.getSubjectX500Principal())
        && Arrays.equals(a.getPublicKey().getEncoded(), b.getPublicKey().getEncoded());
  }
}
