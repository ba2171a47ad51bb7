package org.bridgehead.certs.store;

import java.time.Instant;
import java.util.List;
import org.bridgehead.certs.request.KeyType;

/**
 * A certificate as the store describes it: safe to show and to audit (no key material; the encrypted
 * key and the chain are read separately from {@link CertificateRepository}).
 *
 * @param thumbprint SHA-256 of the issued leaf (hex), null while PENDING
 * @param xmppDomains the local XMPP domains the issued certificate must cover
 */
public record CertificateRecord(String name, KeyType keyType, boolean exportable, String subject, List<String> sans,
    List<String> xmppDomains, CertificateState state, String thumbprint, Instant notBefore, Instant notAfter,
    Instant createdAt, long version) {

  public CertificateRecord {
    sans = List.copyOf(sans);
    xmppDomains = List.copyOf(xmppDomains);
  }

  public CertificateRecord issued(String thumbprint, Instant notBefore, Instant notAfter) {
    return new CertificateRecord(name, keyType, exportable, subject, sans, xmppDomains, CertificateState.ISSUED,
        thumbprint, notBefore, notAfter, createdAt, version + 1);
  }
}
