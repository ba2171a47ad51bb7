package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;
import static org.bridgehead.api.panel.Html.seg;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.request.CertificateRequest;
import org.bridgehead.certs.request.Deployment;
import org.bridgehead.certs.request.KeyType;
import org.bridgehead.certs.request.SanPlan;
import org.bridgehead.certs.request.SanPlanner;
import org.bridgehead.management.validation.Problem;
import org.bridgehead.management.validation.ValidationException;

/**
 * A new certificate request (Lync's certificate wizard, {@code bridgehead certificate request}): every
 * field with its default, the domains and edge pools from the store, a {@code sip.<domain>} checkbox per
 * SIP domain (ticked), names added by hand. Inputs are named after the planner's and the request's fields,
 * so each refusal (a wildcard XMPP domain, a bad country) lands beside its field with the form kept.
 */
final class CertificateRequestPage {
  static final String PATH = "/certificates/new";
  static final String OFFERED = "sip-prefix-offered";
  private final Panel panel;
  private final CertificateWizard wizard;

  CertificateRequestPage(Panel panel, CertificateWizard wizard) {
    this.panel = panel;
    this.wizard = wizard;
  }

  void register() {
    panel.get(PATH, (ctx, s) -> show(ctx, s, defaults(DeploymentNames.of(panel.m)), List.of()));
    panel.post(PATH, this::create);
  }

  private void show(Context ctx, PanelSession s, Map<String, String> values, List<Problem> errors) {
    List<String> offered = split(values.get(OFFERED));
    String body = "<p class=\"note\">The names come from the store: the domains of the local users (SIP and XMPP)"
        + " and the edge pools. Wildcards are never accepted for XMPP domains.</p>"
        + preview(values, errors.isEmpty())
        + new FormView(Panel.ROOT + PATH, fields(offered), values, errors, List.of())
            .render(s, "Create request", Map.of(OFFERED, String.join(",", offered)))
        + "<p><a href=\"" + Panel.ROOT + "/certificates\">Back to the certificates</a></p>";
    panel.page(ctx, s, "/certificates", "New certificate request", body);
  }

  /** The names the request will carry, from the values shown (only while the form has no refusal). */
  private static String preview(Map<String, String> values, boolean clean) {
    if (!clean) return "";
    try {
      SanPlan plan = plan(values);
      return "<div class=\"plan\" id=\"plan\"><strong>Planned names.</strong> Subject <code>" + esc(plan.subjectCn())
          + "</code>; SANs <code>" + esc(String.join(", ", plan.sans())) + "</code></div>";
    } catch (ValidationException e) {
      StringBuilder b = new StringBuilder("<div class=\"plan\" id=\"plan\">");
      e.problems().forEach(p -> b.append("<p class=\"warning\">").append(esc(p.message())).append("</p>"));
      return b.append("</div>").toString();
    }
  }

  private void create(Context ctx, PanelSession s) {
    FormInput in = new FormInput(ctx, "certificate");
    String name = in.required("friendly-name");
    KeyType keyType = in.choice("key-type", KeyType.class, KeyType.DEFAULT);
    boolean exportable = in.bool("exportable");
    String organization = in.text("organization");
    String unit = in.text("unit");
    String country = in.text("country");
    String state = in.text("state");
    String city = in.text("city");
    for (String f : List.of("subject", "xmpp-domain", "sip-domain", "edge-pool", "san")) in.text(f);
    in.ticked("sip-prefix");
    in.put(OFFERED, String.join(",", split(ctx.formParam(OFFERED))));
    Panel.Refused again = problems -> show(ctx, s, in.values(), problems);
    List<Problem> problems = new ArrayList<>(in.problems());
    SanPlan plan = null;
    try {
      plan = plan(in.values());
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    CertificateRequest request = new CertificateRequest(name, keyType, exportable, organization, unit, country, state,
        city, plan);
    try {
      request.validate();
    } catch (ValidationException e) {
      boolean planned = plan != null; // without a plan its own problems say why there is no subject
      e.problems().stream().filter(p -> planned || !p.field().equals("subject"))
          .filter(p -> !problems.stream().anyMatch(q -> q.field().equals(p.field()) && q.rule().equals(p.rule())))
          .forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      ctx.status(io.javalin.http.HttpStatus.UNPROCESSABLE_CONTENT);
      again.show(problems);
      return;
    }
    CertificateWizard.Pending pending = panel.attempt(ctx, () -> wizard.request(request, s.actor()), again);
    if (pending != null) {
      Panel.redirect(ctx, s, "/certificates/" + seg(pending.record().name()), "Certificate '" + pending.record().name()
          + "' requested (PENDING), key " + keyType + (exportable ? ", exportable" : ", not exportable")
          + ". Send the CSR below to your CA, then import the chain it issues.", List.of());
    }
  }

  /** The planner on the form's values: a SIP domain offered with a checkbox and left unticked gets no sip. name. */
  static SanPlan plan(Map<String, String> v) {
    Set<String> unticked = new LinkedHashSet<>(split(v.get(OFFERED)));
    unticked.removeAll(split(v.get("sip-prefix")));
    String subject = v.get("subject");
    return SanPlanner.plan(new Deployment(split(v.get("xmpp-domain")), split(v.get("sip-domain")),
        split(v.get("edge-pool")), unticked, split(v.get("san"))), subject == null || subject.isBlank() ? null : subject.strip());
  }

  private static Map<String, String> defaults(DeploymentNames names) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("key-type", KeyType.DEFAULT.name());
    v.put("exportable", "");
    v.put("xmpp-domain", String.join(", ", names.domains()));
    v.put("sip-domain", String.join(", ", names.domains()));
    v.put("sip-prefix", String.join(",", names.domains()));
    v.put(OFFERED, String.join(",", names.domains()));
    v.put("edge-pool", String.join(", ", names.pools()));
    return v;
  }

  private static List<Field> fields(List<String> offered) {
    List<Field.Option> keys = Arrays.stream(KeyType.values()).map(k -> new Field.Option(k.name(), label(k))).toList();
    List<Field.Option> prefixes = offered.stream().map(d -> new Field.Option(d, "sip." + d)).toList();
    return List.of(Field.text("friendly-name", "Friendly name", null).help("e.g. Edge 2026; letters, digits, spaces, . _ ( ) -"),
        Field.select("key-type", "Key", keys, label(KeyType.DEFAULT)),
        Field.checkbox("exportable", "Private key exportable", false),
        Field.text("organization", "Organization", null),
        Field.text("unit", "Organizational unit", "none"),
        Field.text("country", "Country", null).help("two letters, e.g. US"),
        Field.text("state", "State or province", "none"),
        Field.text("city", "City", "none"),
        Field.text("subject", "Subject name", "the first edge pool, else the first XMPP domain"),
        Field.text("xmpp-domain", "XMPP domains", "the store's domains").help("comma-separated; never a wildcard"),
        Field.text("sip-domain", "SIP domains", "the store's domains").help("comma-separated"),
        Field.checkboxes("sip-prefix", "sip.<domain> names", prefixes, "ticked"),
        Field.text("edge-pool", "Edge pools", "the topology's pools"),
        Field.text("san", "Further SANs", "none").help("comma-separated, e.g. for web names"));
  }

  private static String label(KeyType k) {
    return k.isRsa() ? "RSA " + k.bits() : "ECDSA P-256";
  }

  static List<String> split(String text) {
    if (text == null || text.isBlank()) return List.of();
    return Arrays.stream(text.strip().split("[,\\s]+")).filter(t -> !t.isEmpty()).toList();
  }
}
