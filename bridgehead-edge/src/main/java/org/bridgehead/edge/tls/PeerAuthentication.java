package org.bridgehead.edge.tls;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides, after the TLS handshake, whether a peer's certificate authenticates the domain it claims. */
public final class PeerAuthentication {
  private PeerAuthentication() {}

  /**
   * @param chain the peer's chain, leaf first; empty when it presented none
   * @param trust the configured trust anchors
   * @param claimedDomain the domain the peer claims (stream {@code from}, or the domain we connected to)
   */
  public static CertificateVerdict verify(List<X509Certificate> chain, ChainValidator trust, String claimedDomain) {
    if (chain.isEmpty()) return new CertificateVerdict(false, false, "no certificate presented");
    Optional<String> chainProblem = trust.validate(chain);
    boolean identity = CertificateIdentity.matches(chain.get(0), claimedDomain);
    List<String> problems = new ArrayList<>();
    chainProblem.ifPresent(problems::add);
    if (!identity) {
      problems.add("certificate does not identify " + claimedDomain + " (it names "
          + (CertificateIdentity.identities(chain.get(0)).isEmpty() ? "no XMPP or DNS identity"
              : String.join(", ", CertificateIdentity.identities(chain.get(0)))) + ")");
    }
    return new CertificateVerdict(chainProblem.isEmpty(), identity,
        problems.isEmpty() ? null : String.join("; ", problems));
  }
}
