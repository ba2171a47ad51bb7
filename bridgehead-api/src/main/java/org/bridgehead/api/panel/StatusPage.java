package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bridgehead.certs.CertificateStatus;
import org.bridgehead.diagnostics.events.EventQuery;
import org.bridgehead.diagnostics.events.Severity;
import org.bridgehead.management.service.Snapshot;

/**
 * What the store holds at its current change id (one consistent snapshot), certificates close to expiry,
 * and the warnings and errors of the last day.
 */
final class StatusPage {
  private final Panel panel;
  private final CertificatesPage certificates;
  private final EventLogPage events;

  StatusPage(Panel panel, CertificatesPage certificates, EventLogPage events) {
    this.panel = panel;
    this.certificates = certificates;
    this.events = events;
  }

  void register() {
    panel.get("/status", (ctx, s) -> {
      Snapshot snap = panel.m.snapshot();
      Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      counts.put("XMPP federated partners", snap.partners().size());
      counts.put("External access policies", snap.policies().size());
      counts.put("Users", snap.users().size());
      counts.put("Allowed SIP domains", snap.allowedDomains().size());
      counts.put("Blocked SIP domains", snap.blockedDomains().size());
      counts.put("Public providers", snap.publicProviders().size());
      counts.put("Sites", snap.topology().sites().size());
      counts.put("Edge pools", snap.topology().pools().size());
      counts.put("XMPP federation routes", snap.topology().routes().size());
      counts.put("Administrators", panel.m.administrators().get(null).size());
      List<CertificateStatus> certs = certificates.statuses();
      counts.put("Certificates", certs.size());
      int recent = events.log().query(new EventQuery(Instant.now().minus(Duration.ofDays(1)), Severity.WARNING, null, null,
          10_000)).size();
      StringBuilder b = new StringBuilder("<p>Store change id: <strong id=\"change-id\">").append(snap.changeId())
          .append("</strong></p>");
      b.append(Html.table(List.of("Object", "Count"), counts.entrySet(), e -> List.of(esc(e.getKey()),
          "<span data-count=\"" + esc(e.getKey()) + "\">" + e.getValue() + "</span>"), ""));
      certs.stream().filter(c -> c.level() == CertificateStatus.Level.WARNING || c.level() == CertificateStatus.Level.EXPIRED)
          .forEach(c -> b.append("<p class=\"level-").append(esc(c.level())).append("\">Certificate ").append(esc(c.name()))
              .append(c.level() == CertificateStatus.Level.EXPIRED ? " has expired" : " expires in " + c.daysLeft() + " day(s)")
              .append(".</p>"));
      b.append("<p>Warnings and errors in the event log in the last 24 hours: <a href=\"").append(Panel.ROOT)
          .append("/events?severity=WARNING\">").append(recent).append("</a></p>");
      panel.page(ctx, s, "/status", "Status", b.toString());
    });
  }
}
