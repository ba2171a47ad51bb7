package org.bridgehead.edge.s2s;

import java.security.cert.X509Certificate;
import java.util.List;
import org.bridgehead.edge.tls.CertificateVerdict;

/** Decides whether a peer's certificate chain proves the domain it claims (RFC 9525, XEP-0178). */
@FunctionalInterface
public interface PeerCertificateCheck {
  CertificateVerdict check(List<X509Certificate> chain, String domain);
}
