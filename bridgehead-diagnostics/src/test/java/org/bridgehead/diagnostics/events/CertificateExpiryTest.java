package org.bridgehead.diagnostics.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.Test;

/** Certificate expiry events: nothing far ahead, a warning within 30 days, an error once expired. */
class CertificateExpiryTest {
  private final TestPki ca = TestPki.newCa("Expiry CA");
  private final Instant now = Instant.now();
  private final X509Certificate cert = ca.issue(TestPki.request().dnsName("contoso.test")
      .validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)))).certificate();

  private static Clock at(Instant t) {
    return Clock.fixed(t, ZoneOffset.UTC);
  }

  @Test
  void warnsWithinThirtyDaysAndErrsOnceExpired() {
    assertThat(CertificateExpiry.check(cert, "external 5269", at(now.minus(Duration.ofDays(20))))).isEmpty();
    CatalogEvent soon = CertificateExpiry.check(cert, "external 5269", at(now)).orElseThrow();
    assertThat(soon.type()).isEqualTo(EventType.CERTIFICATE_EXPIRING);
    assertThat(soon.detail()).startsWith("external 5269 certificate").contains("days left");
    CatalogEvent expired = CertificateExpiry.check(cert, "external 5269", at(now.plus(Duration.ofDays(21)))).orElseThrow();
    assertThat(expired.type()).isEqualTo(EventType.CERTIFICATE_EXPIRED);
    assertThat(expired.type().severity()).isEqualTo(Severity.ERROR);
  }
}
