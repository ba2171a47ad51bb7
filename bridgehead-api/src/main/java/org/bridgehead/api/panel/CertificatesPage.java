package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;
import static org.bridgehead.api.panel.Html.seg;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bridgehead.certs.CertificateStatus;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.store.CertificateRepository;
import org.bridgehead.certs.store.CertificateState;
import org.bridgehead.management.validation.NotFoundException;

/**
 * The certificates in the store with their state, days left and assignment; with the node's wizard also
 * each certificate's page (its CSR to read and download, and what may be done with it next). Without a
 * wizard (no data directory, so no key secret) the list is all, and the CLI does the rest.
 */
final class CertificatesPage {
  static final String PATH = "/certificates";
  static final String NOT_EXPORTABLE = "<p class=\"note\" id=\"not-exportable\">The private key was requested as not"
      + " exportable: it can only be used here. Request a new certificate with the key exportable if it must move.</p>";
  private final Panel panel;
  private final CertificateWizard wizard;
  private final CertificateRepository repo = new CertificateRepository();

  CertificatesPage(Panel panel, CertificateWizard wizard) {
    this.panel = panel;
    this.wizard = wizard;
  }

  void register() {
    panel.get(PATH, this::list);
    if (wizard == null) return;
    panel.get(PATH + "/{name}", (ctx, s) -> panel.page(ctx, s, PATH, "Certificate " + status(ctx).name(),
        detail(s, status(ctx), null)));
    panel.get(PATH + "/{name}/csr", this::csr);
  }

  private void list(Context ctx, PanelSession s) {
    String actions = wizard != null && s.mayChange() ? "<p><a class=\"button\" href=\"" + Panel.ROOT + PATH
        + "/new\">New request</a> <a class=\"button\" href=\"" + Panel.ROOT + PATH + "/import\">Import issued chain</a></p>" : "";
    String note = wizard != null ? "" : "<p class=\"note\">Request, import and assign with <code>bridgehead certificate</code>"
        + " (this panel runs without the node's data directory, which holds the key secret).</p>";
    panel.page(ctx, s, PATH, "Certificates", actions + table(statuses(), wizard != null) + note
        + "<p class=\"note\">A WARNING starts " + CertificateStatus.WARNING_DAYS + " days before expiry.</p>");
  }

  List<CertificateStatus> statuses() {
    var store = panel.m.store();
    return CertificateStatus.of(store.read(repo::list), store.read(repo::assignments), Instant.now());
  }

  /** The status of the certificate the path names; NotFoundException (410 page) when there is none. */
  CertificateStatus status(Context ctx) {
    String name = ctx.pathParam("name");
    return statuses().stream().filter(c -> CertificateRepository.key(c.name()).equals(CertificateRepository.key(name)))
        .findFirst().orElseThrow(() -> new NotFoundException("certificate", name));
  }

  private void csr(Context ctx, PanelSession s) {
    CertificateStatus c = status(ctx);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(c.name()) + ".csr\"")
        .contentType("application/pkcs10").result(wizard.csrPem(c.name()).getBytes(StandardCharsets.US_ASCII));
  }

  /** A friendly name as a file name: spaces and parentheses become underscores. */
  static String fileName(String name) { return name.replaceAll("[^A-Za-z0-9._-]", "_"); }

  static String href(String name) { return Panel.ROOT + PATH + "/" + seg(name); }

  /** A certificate's page; {@code export} is the export form in the state a refusal left it, or null. */
  String detail(PanelSession s, CertificateStatus c, String export) {
    StringBuilder b = new StringBuilder(table(List.of(c), false));
    if (c.state() == CertificateState.PENDING) {
      b.append("<h2>Certificate signing request</h2><p><a class=\"button\" href=\"").append(href(c.name()))
          .append("/csr\" download>Download CSR</a> Send it to your CA");
      if (s.mayChange()) b.append(", then <a href=\"").append(Panel.ROOT).append(PATH).append("/import?name=")
          .append(esc(seg(c.name()))).append("\">import the chain it issues</a>");
      b.append(".</p><pre class=\"pem\" id=\"csr\">").append(esc(wizard.csrPem(c.name()))).append("</pre>");
    } else if (s.mayChange()) {
      b.append("<h2>Assign</h2><p>");
      for (var usage : org.bridgehead.certs.Usage.values()) {
        b.append("<a class=\"button\" href=\"").append(href(c.name())).append("/assign?usage=").append(usage.name())
            .append("\">Assign to ").append(esc(CertificateActions.label(usage))).append("</a> ");
      }
      b.append("</p>");
      b.append("<h2>Export</h2>").append(export != null ? export
          : c.exportable() ? CertificateActions.exportForm(s, c, Map.of(), List.of()) : NOT_EXPORTABLE);
    }
    if (s.mayChange()) {
      b.append("<h2>Remove</h2><p><a class=\"button\" href=\"").append(href(c.name())).append("/remove\">Remove ")
          .append(esc(c.name())).append("</a></p>");
    }
    return b.append("<p><a href=\"").append(Panel.ROOT).append(PATH).append("\">Back to the certificates</a></p>").toString();
  }

  private static String table(List<CertificateStatus> all, boolean links) {
    return Html.table(List.of("Name", "State", "Level", "Subject", "SANs", "Not after", "Days left", "Assigned to",
        "Exportable", "Thumbprint"), all, c -> List.of(links ? Html.link(href(c.name()), c.name()) : esc(c.name()),
            esc(c.state()), "<span class=\"level-" + esc(c.level()) + "\">" + esc(c.level()) + "</span>", esc(c.subject()),
            esc(String.join(", ", c.sans())), esc(c.notAfter()), esc(c.daysLeft()),
            esc(c.assignedTo().stream().map(Object::toString).collect(Collectors.joining(", "))),
            Html.yesNo(c.exportable()), esc(c.thumbprint())), "No certificates in the store.");
  }
}
