package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.certs.CertificateRefusedException;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.Pem;
import org.bridgehead.certs.importing.CertificateCheckException;
import org.bridgehead.certs.importing.Finding;
import org.bridgehead.certs.importing.TrustAnchors;
import org.bridgehead.certs.store.CertificateRecord;
import org.bridgehead.certs.store.CertificateState;
import org.bridgehead.management.validation.Problem;

/**
 * Import of the chain a CA issued ({@code bridgehead certificate import}): the PEM pasted for a pending
 * request (or whichever one its key matches), optional extra trust anchors. Each failed check is shown
 * beside the chain by name with its fix, the warnings too, and the pasted text is kept.
 */
final class CertificateImportPage {
  static final String PATH = "/certificates/import";
  private final Panel panel;
  private final CertificateWizard wizard;

  CertificateImportPage(Panel panel, CertificateWizard wizard) {
    this.panel = panel;
    this.wizard = wizard;
  }

  void register() {
    panel.get(PATH, (ctx, s) -> {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("name", ctx.queryParam("name") == null ? "" : ctx.queryParam("name"));
      show(ctx, s, values, List.of(), List.of());
    });
    panel.post(PATH, this::importChain);
  }

  private void show(Context ctx, PanelSession s, Map<String, String> values, List<Problem> errors, List<Problem> warnings) {
    List<String> pending = wizard.list().stream().filter(r -> r.state() == CertificateState.PENDING)
        .map(CertificateRecord::name).toList();
    List<Field.Option> choices = new ArrayList<>(List.of(new Field.Option("", "whichever pending request its key matches")));
    pending.forEach(n -> choices.add(new Field.Option(n, n)));
    List<Field> fields = List.of(Field.select("name", "Pending request", choices, "whichever its key matches"),
        Field.textarea("chain", "Issued chain (PEM)", null).help("the certificate and its CA chain, in any order"),
        Field.textarea("trust-anchors", "Extra trust anchors (PEM)", "the JDK's roots only")
            .help("a private root the chain ends at"));
    String body = (pending.isEmpty() ? "<p class=\"warning\" id=\"no-pending\">No certificate request is pending: make one"
        + " with <a href=\"" + Panel.ROOT + CertificateRequestPage.PATH + "\">New request</a> first.</p>" : "")
        + new FormView(Panel.ROOT + PATH, fields, values, errors, warnings).render(s, "Import", Map.of())
        + "<p><a href=\"" + Panel.ROOT + CertificatesPage.PATH + "\">Back to the certificates</a></p>";
    panel.page(ctx, s, CertificatesPage.PATH, "Import an issued certificate", body);
  }

  private void importChain(Context ctx, PanelSession s) {
    FormInput in = new FormInput(ctx, "certificate import");
    String name = in.text("name");
    String chain = in.required("chain");
    String extra = in.text("trust-anchors");
    if (chain != null) certificates(in, "chain", chain);
    List<X509Certificate> anchors = new ArrayList<>(TrustAnchors.jdkDefaults());
    if (extra != null) anchors.addAll(certificates(in, "trust-anchors", extra));
    Panel.Refused again = problems -> show(ctx, s, in.values(), problems, List.of());
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    CertificateWizard.Imported imported;
    try {
      imported = panel.attempt(ctx, () -> wizard.importChain(chain, name, anchors, s.actor()), again);
    } catch (CertificateCheckException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      List<Finding> all = e.findings();
      show(ctx, s, in.values(), problems(all.stream().filter(Finding::error).toList()),
          problems(all.stream().filter(f -> !f.error()).toList()));
      return;
    } catch (CertificateRefusedException e) {
      ctx.status(HttpStatus.CONFLICT);
      show(ctx, s, in.values(), List.of(new Problem("certificate import", "name", "not-pending", e.getMessage())), List.of());
      return;
    }
    if (imported != null) {
      Panel.redirect(ctx, s, CertificatesPage.PATH + "/" + Html.seg(imported.record().name()), "Certificate '"
          + imported.record().name() + "' imported (ISSUED), valid until " + imported.record().notAfter() + ".",
          problems(imported.warnings()));
    }
  }

  /** Findings beside the chain, each named by its check and followed by its fix. */
  private static List<Problem> problems(List<Finding> findings) {
    return findings.stream().map(f -> new Problem("certificate import", "chain", f.check().name(),
        f.check() + ": " + f.reason() + " Fix: " + f.fix())).toList();
  }

  private static List<X509Certificate> certificates(FormInput in, String field, String pem) {
    try {
      return Pem.certificates(pem);
    } catch (IllegalArgumentException e) {
      in.problem(field, "pem", e.getMessage());
      return List.of();
    }
  }
}
