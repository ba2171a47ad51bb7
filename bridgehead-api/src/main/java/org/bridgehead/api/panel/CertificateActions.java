package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bridgehead.certs.CertificateExport;
import org.bridgehead.certs.CertificateRefusedException;
import org.bridgehead.certs.CertificateStatus;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.Usage;
import org.bridgehead.management.validation.Problem;

/**
 * What is done to a certificate from its page: assign to a listener and remove, each after a confirmation
 * page (no JavaScript, so the confirmation is a page of its own), and export when the key is exportable.
 * The wizard's rules and messages are the CLI's: a pending certificate cannot be assigned, an assigned
 * one cannot be removed, a non-exportable key never leaves.
 */
final class CertificateActions {
  private final Panel panel;
  private final CertificateWizard wizard;
  private final CertificatesPage pages;

  CertificateActions(Panel panel, CertificateWizard wizard, CertificatesPage pages) {
    this.panel = panel;
    this.wizard = wizard;
    this.pages = pages;
  }

  void register() {
    String one = CertificatesPage.PATH + "/{name}";
    panel.get(one + "/assign", (ctx, s) -> confirmAssign(ctx, s, usage(ctx), null));
    panel.post(one + "/assign", this::assign);
    panel.get(one + "/remove", (ctx, s) -> confirmRemove(ctx, s, null));
    panel.post(one + "/remove", this::remove);
    panel.post(one + "/export", this::export);
  }

  static String label(Usage u) {
    return u == Usage.EXTERNAL_EDGE ? "the external edge (port " + u.port() + ")" : "the internal link (port " + u.port() + ")";
  }

  private static Usage usage(Context ctx) {
    String v = ctx.formParam("usage") != null ? ctx.formParam("usage") : ctx.queryParam("usage");
    try {
      return Usage.valueOf(v == null ? "" : v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("usage must be one of " + Arrays.toString(Usage.values()) + ", was '" + v + "'");
    }
  }

  private void confirmAssign(Context ctx, PanelSession s, Usage usage, String refusal) {
    CertificateStatus c = pages.status(ctx);
    String current = wizard.assignments().get(usage);
    String question = "Assign '" + c.name() + "' to " + label(usage) + "? "
        + (current == null ? "Nothing is assigned there yet." : current.equals(c.name()) ? "It is already assigned there."
            : "It replaces '" + current + "'.") + " New streams use it at once; established streams keep theirs.";
    String blocked = refusal != null ? refusal : refusal(() -> wizard.whatIfAssign(c.name(), usage, s.actor()));
    confirm(ctx, s, "Assign certificate " + c.name(), question, blocked, CertificatesPage.href(c.name()) + "/assign",
        "Yes, assign", Map.of("usage", usage.name()));
  }

  private void assign(Context ctx, PanelSession s) {
    CertificateStatus c = pages.status(ctx);
    Usage usage = usage(ctx);
    String refused = refusal(() -> wizard.assign(c.name(), usage, s.actor()));
    if (refused != null) {
      ctx.status(HttpStatus.CONFLICT);
      confirmAssign(ctx, s, usage, refused);
      return;
    }
    Panel.redirect(ctx, s, CertificatesPage.PATH, "Certificate '" + c.name() + "' assigned to " + usage + " (port "
        + usage.port() + "): new streams use it now.", List.of());
  }

  private void confirmRemove(Context ctx, PanelSession s, String refusal) {
    CertificateStatus c = pages.status(ctx);
    String blocked = refusal != null ? refusal : c.assignedTo().isEmpty() ? null : "certificate '" + c.name()
        + "' is assigned to " + c.assignedTo() + "; assign another certificate there first";
    confirm(ctx, s, "Remove certificate " + c.name(), "Remove '" + c.name() + "' and its private key from the store?"
        + " This cannot be undone" + (c.exportable() ? " (export it first to keep a copy)." : "."), blocked,
        CertificatesPage.href(c.name()) + "/remove", "Yes, remove", Map.of());
  }

  private void remove(Context ctx, PanelSession s) {
    CertificateStatus c = pages.status(ctx);
    String refused = refusal(() -> wizard.remove(c.name(), s.actor()));
    if (refused != null) {
      ctx.status(HttpStatus.CONFLICT);
      confirmRemove(ctx, s, refused);
      return;
    }
    Panel.redirect(ctx, s, CertificatesPage.PATH, "Certificate '" + c.name() + "' removed.", List.of());
  }

  private void confirm(Context ctx, PanelSession s, String title, String question, String refusal, String action,
      String yes, Map<String, String> hidden) {
    String body = "<p id=\"question\">" + esc(question) + "</p>"
        + (refusal != null ? "<div class=\"refused\" role=\"alert\"><span class=\"error\">" + esc(refusal) + "</span></div>"
            : FormView.button(s, action, yes, hidden))
        + " <a href=\"" + esc(action.substring(0, action.lastIndexOf('/'))) + "\">Cancel</a>";
    panel.page(ctx, s, CertificatesPage.PATH, title, body);
  }

  /** The wizard's refusal of {@code change} as a message, or null when it was done. */
  private static String refusal(Runnable change) {
    try {
      change.run();
      return null;
    } catch (CertificateRefusedException e) {
      return e.getMessage();
    }
  }

  private void export(Context ctx, PanelSession s) {
    CertificateStatus c = pages.status(ctx);
    FormInput in = new FormInput(ctx, "certificate " + c.name());
    CertificateExport format = in.choice("format", CertificateExport.class, CertificateExport.PKCS12);
    String password = ctx.formParam("password");
    byte[] file;
    try {
      file = wizard.export(c.name(), format, password == null ? null : password.toCharArray());
    } catch (CertificateRefusedException e) {
      refuseExport(ctx.status(HttpStatus.CONFLICT), s, c, in, new Problem(c.name(), "format", "not-exportable", e.getMessage()));
      return;
    } catch (IllegalArgumentException e) {
      refuseExport(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), s, c, in, new Problem(c.name(), "password", "length",
          e.getMessage()));
      return;
    }
    String ext = format == CertificateExport.PKCS12 ? ".p12" : ".pem";
    ctx.header("Content-Disposition", "attachment; filename=\"" + CertificatesPage.fileName(c.name()) + ext + "\"")
        .contentType(format == CertificateExport.PKCS12 ? "application/x-pkcs12" : "application/x-pem-file").result(file);
  }

  private void refuseExport(Context ctx, PanelSession s, CertificateStatus c, FormInput in, Problem p) {
    String export = c.exportable() ? exportForm(s, c, in.values(), List.of(p))
        : "<div class=\"refused\" role=\"alert\"><span class=\"error\">" + esc(p.message()) + "</span></div>"
            + CertificatesPage.NOT_EXPORTABLE;
    panel.page(ctx, s, CertificatesPage.PATH, "Certificate " + c.name(), pages.detail(s, c, export));
  }

  static String exportForm(PanelSession s, CertificateStatus c, Map<String, String> values, List<Problem> errors) {
    List<Field> fields = List.of(Field.select("format", "Format", List.of(new Field.Option("PKCS12", "PKCS#12"),
            new Field.Option("PEM", "PEM")), "PKCS#12").help("PKCS#12: key and chain under the password; PEM: the key encrypted with it, then the chain"),
        Field.password("password", "Password", "at least 8 characters; protects the exported key"));
    return new FormView(CertificatesPage.href(c.name()) + "/export", fields, values, errors, List.of()).ids("export-")
        .render(s, "Export", Map.of());
  }
}
