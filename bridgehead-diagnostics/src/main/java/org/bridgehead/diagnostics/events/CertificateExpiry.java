package org.bridgehead.diagnostics.events;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whether a certificate deserves an event: expired (error) or within the warning window (issue 5:
 * 30 days ahead). The node calls it at start and daily for the external (5269) and internal (23456)
 * certificates; the same dates feed {@code BridgeheadMetrics.certificate}.
 */
public final class CertificateExpiry {
  public static final Duration WARNING_WINDOW = Duration.ofDays(30);

  private CertificateExpiry() {}

  /** @param usage e.g. "external 5269" */
  public static Optional<CatalogEvent> check(X509Certificate certificate, String usage, Clock clock) {
    Instant notAfter = certificate.getNotAfter().toInstant();
    Instant now = clock.instant();
    String what = usage + " certificate " + certificate.getSubjectX500Principal().getName() + ", valid until "
        + notAfter.atOffset(ZoneOffset.UTC).toLocalDate();
    if (!notAfter.isAfter(now)) {
      return Optional.of(new CatalogEvent(EventType.CERTIFICATE_EXPIRED, null, null, what));
    }
    Duration left = Duration.between(now, notAfter);
    if (left.compareTo(WARNING_WINDOW) <= 0) {
      return Optional.of(new CatalogEvent(EventType.CERTIFICATE_EXPIRING, null, null,
          what + " (" + left.toDays() + " days left)"));
    }
    return Optional.empty();
  }
}
