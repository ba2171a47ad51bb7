package org.bridgehead.edge.tls;

/**
 * What a peer's certificate proves about the domain it claims.
 *
 * @param chainTrusted the chain validates against the trust anchors
 * @param identityMatches the leaf identifies the claimed domain ({@link CertificateIdentity})
 * @param problem why the certificate does not authenticate the domain, for logs and stream errors;
 *     null when it does
 */
public record CertificateVerdict(boolean chainTrusted, boolean identityMatches, String problem) {

  /** Whether SASL EXTERNAL (XEP-0178) may be offered or accepted for the claimed domain. */
  public boolean saslExternalPossible() { return chainTrusted && identityMatches; }
}
