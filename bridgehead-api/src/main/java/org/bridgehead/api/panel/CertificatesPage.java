package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.bridgehead.certs.CertificateStatus;
import org.bridgehead.certs.store.CertificateRepository;

/**
 * The certificates in the store with their state, days left and assignment (read only: requests,
 * imports and assignment stay with {@code bridgehead certificate}, which holds the key secret).
 */
final class CertificatesPage {
  private final Panel panel;
  private final CertificateRepository repo = new CertificateRepository();

  CertificatesPage(Panel panel) { this.panel = panel; }

  void register() {
    panel.get("/certificates", (ctx, s) -> panel.page(ctx, s, "/certificates", "Certificates", table(statuses())
        + "<p class=\"note\">Request, import and assign with <code>bridgehead certificate</code>; a WARNING starts "
        + CertificateStatus.WARNING_DAYS + " days before expiry.</p>"));
  }

  List<CertificateStatus> statuses() {
    var store = panel.m.store();
    return CertificateStatus.of(store.read(repo::list), store.read(repo::assignments), Instant.now());
  }

  private static String table(List<CertificateStatus> all) {
    return Html.table(List.of("Name", "State", "Level", "Subject", "SANs", "Not after", "Days left", "Assigned to",
        "Exportable", "Thumbprint"), all, c -> List.of(esc(c.name()), esc(c.state()),
            "<span class=\"level-" + esc(c.level()) + "\">" + esc(c.level()) + "</span>", esc(c.subject()),
            esc(String.join(", ", c.sans())), esc(c.notAfter()), esc(c.daysLeft()),
            esc(c.assignedTo().stream().map(Object::toString).collect(Collectors.joining(", "))),
            Html.yesNo(c.exportable()), esc(c.thumbprint())), "No certificates in the store.");
  }
}
