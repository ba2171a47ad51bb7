package org.bridgehead.certs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgehead.certs.store.CertificateRecord;
import org.bridgehead.certs.store.CertificateState;

/**
 * Every certificate with its days left, for {@code certificate get}, status, events and metrics: a
 * WARNING from {@value #WARNING_DAYS} days before expiry.
 *
 * @param daysLeft whole days until notAfter (negative once expired), null while pending
 * @param assignedTo the usages it serves
 */
public record CertificateStatus(String name, CertificateState state, Level level, String subject, List<String> sans,
    boolean exportable, Instant notAfter, Long daysLeft, List<Usage> assignedTo, String thumbprint) {

  public static final int WARNING_DAYS = 30;

  public enum Level { PENDING, OK, WARNING, EXPIRED }

  public static List<CertificateStatus> of(List<CertificateRecord> records, Map<Usage, String> assignments, Instant now) {
    List<CertificateStatus> out = new ArrayList<>();
    for (CertificateRecord r : records) {
      List<Usage> usages = assignments.entrySet().stream().filter(e -> e.getValue().equals(r.name()))
          .map(Map.Entry::getKey).toList();
      Long days = null;
      Level level = Level.PENDING;
      if (r.state() == CertificateState.ISSUED) {
        Duration left = Duration.between(now, r.notAfter());
        days = Math.floorDiv(left.toSeconds(), 86_400L);
        level = left.isNegative() ? Level.EXPIRED : days <= WARNING_DAYS ? Level.WARNING : Level.OK;
      }
      out.add(new CertificateStatus(r.name(), r.state(), level, r.subject(), r.sans(), r.exportable(), r.notAfter(),
          days, usages, r.thumbprint()));
    }
    return out;
  }

  /** The status of every certificate in the wizard's store. */
  public static List<CertificateStatus> of(CertificateWizard wizard, Instant now) {
    return of(wizard.list(), wizard.assignments(), now);
  }
}
