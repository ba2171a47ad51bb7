package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;
import static org.bridgehead.api.panel.Html.seg;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.service.SaveResult;
import org.bridgehead.management.validation.NotFoundException;
import org.bridgehead.management.validation.Problem;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * XMPP federated partners (New-/Set-/Remove-CsXmppAllowedPartner): list, new, edit, remove. Every field
 * shows Lync's default; the store's refusals (the negotiation matrix, clashing domains) appear beside
 * their fields with the values as typed, and the matrix's warnings beside theirs after a save.
 */
final class PartnerPages {
  private static final String PATH = "/partners";
  private static final XmppPartner DEFAULTS = XmppPartner.builder(JidCreate.domainBareFromOrThrowUnchecked("example.test")).build();
  private final Panel panel;

  PartnerPages(Panel panel) { this.panel = panel; }

  void register() {
    panel.get(PATH, this::list);
    panel.get(PATH + "/new", (ctx, s) -> showNew(ctx, s, values(DEFAULTS, ""), List.of()));
    panel.post(PATH + "/new", this::create);
    panel.get(PATH + "/{domain}", this::edit);
    panel.post(PATH + "/{domain}", this::update);
    panel.post(PATH + "/{domain}/remove", this::remove);
  }

  private void list(Context ctx, PanelSession s) {
    List<Versioned<XmppPartner>> partners = panel.m.partners().get(ctx.queryParam("filter"));
    String body = (s.mayChange() ? "<p><a class=\"button\" href=\"" + Panel.ROOT + PATH + "/new\">New partner</a></p>" : "")
        + Html.table(List.of("Primary domain", "Additional domains", "Type", "TLS", "SASL", "Dialback", "Proxy FQDN",
            "Keep-alive", "Connection limit", "Description"), partners, v -> {
              XmppPartner p = v.value();
              return List.of(Html.link(Panel.ROOT + PATH + "/" + seg(p.primaryDomain().toString()), p.primaryDomain().toString()),
                  esc(p.additionalDomains().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))),
                  esc(Field.lync(p.partnerType())), esc(Field.lync(p.tls())), esc(Field.lync(p.sasl())),
                  Html.yesNo(p.dialback()), esc(p.proxyFqdn() == null ? "(DNS SRV)" : p.proxyFqdn()), Html.yesNo(p.keepAlive()),
                  p.connectionLimit().isPresent() ? Integer.toString(p.connectionLimit().getAsInt()) : "(global)",
                  esc(p.description()));
            }, "No XMPP federated partners yet.");
    panel.page(ctx, s, PATH, "XMPP federated partners", body);
  }

  private void showNew(Context ctx, PanelSession s, Map<String, String> values, List<Problem> errors) {
    String form = new FormView(Panel.ROOT + PATH + "/new", fields(true), values, errors, List.of())
        .render(s, "Create partner", Map.of());
    panel.page(ctx, s, PATH, "New XMPP federated partner", form);
  }

  private void create(Context ctx, PanelSession s) {
    FormInput in = new FormInput(ctx, "xmpp-partner");
    DomainBareJid domain = in.domain("primaryDomain");
    XmppPartner wanted = read(in, domain);
    Panel.Refused again = problems -> showNew(ctx, s, in.values(), problems);
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    SaveResult<XmppPartner> saved = panel.attempt(ctx, () -> panel.m.partners().create(wanted, s.actor()), again);
    if (saved != null) {
      Panel.redirect(ctx, s, PATH + "/" + seg(domain.toString()), "Partner " + domain + " created.", saved.warnings());
    }
  }

  private void edit(Context ctx, PanelSession s) {
    Versioned<XmppPartner> v = existing(ctx);
    PanelSession.Flash flash = s.takeFlash();
    showEdit(ctx, s, v.value().primaryDomain(), values(v.value(), Long.toString(v.version())), List.of(),
        flash == null ? List.of() : flash.warnings(), flash == null ? null : flash.message());
  }

  private void showEdit(Context ctx, PanelSession s, DomainBareJid domain, Map<String, String> values,
      List<Problem> errors, List<Problem> warnings, String message) {
    String action = Panel.ROOT + PATH + "/" + seg(domain.toString());
    String body = (message == null ? "" : "<p class=\"flash\" role=\"status\">" + esc(message) + "</p>")
        + new FormView(action, fields(false), values, errors, warnings)
            .render(s, "Save changes", Layout.version(Long.parseLong(values.get("version"))))
        + FormView.button(s, action + "/remove", "Remove partner", Layout.version(Long.parseLong(values.get("version"))))
        + "<p><a href=\"" + Panel.ROOT + PATH + "\">Back to the partners</a></p>";
    panel.page(ctx, s, PATH, "XMPP partner " + domain, body);
  }

  private void update(Context ctx, PanelSession s) {
    Versioned<XmppPartner> current = existing(ctx);
    DomainBareJid domain = current.value().primaryDomain();
    FormInput in = new FormInput(ctx, "xmpp-partner " + domain);
    in.put("primaryDomain", domain.toString());
    long version = in.version();
    in.put("version", Long.toString(version));
    XmppPartner wanted = read(in, domain);
    Panel.Refused again = problems -> showEdit(ctx, s, domain, in.values(), problems, List.of(), null);
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    SaveResult<XmppPartner> saved = panel.attempt(ctx, () -> panel.m.partners().update(wanted, version, s.actor()), again);
    if (saved != null) {
      Panel.redirect(ctx, s, PATH + "/" + seg(domain.toString()), "Partner " + domain + " saved.", saved.warnings());
    }
  }

  private void remove(Context ctx, PanelSession s) {
    Versioned<XmppPartner> current = existing(ctx);
    DomainBareJid domain = current.value().primaryDomain();
    FormInput in = new FormInput(ctx, "xmpp-partner " + domain);
    long version = in.version();
    Object done = panel.attempt(ctx, () -> {
      panel.m.partners().remove(domain, version, s.actor());
      return Boolean.TRUE;
    }, problems -> showEdit(ctx, s, domain, values(current.value(), Long.toString(current.version())), problems,
        List.of(), null));
    if (done != null) Panel.redirect(ctx, s, PATH, "Partner " + domain + " removed.", List.of());
  }

  private static XmppPartner read(FormInput in, DomainBareJid domain) {
    var b = XmppPartner.builder(domain == null ? DEFAULTS.primaryDomain() : domain)
        .description(in.text("description"))
        .additionalDomains(in.domains("additionalDomains"))
        .partnerType(in.choice("partnerType", PartnerType.class, DEFAULTS.partnerType()))
        .tls(in.choice("tls", Negotiation.class, DEFAULTS.tls()))
        .sasl(in.choice("sasl", Negotiation.class, DEFAULTS.sasl()))
        .dialback(in.bool("dialback"))
        .proxyFqdn(in.text("proxyFqdn"))
        .keepAlive(in.bool("keepAlive"))
        .connectionLimit(in.optionalInt("connectionLimit"));
    return b.build();
  }

  private static Map<String, String> values(XmppPartner p, String version) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("primaryDomain", version.isEmpty() ? "" : p.primaryDomain().toString());
    v.put("description", p.description());
    v.put("additionalDomains", p.additionalDomains().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
    v.put("partnerType", p.partnerType().name());
    v.put("tls", p.tls().name());
    v.put("sasl", p.sasl().name());
    v.put("dialback", p.dialback() ? "on" : "");
    v.put("proxyFqdn", p.proxyFqdn() == null ? "" : p.proxyFqdn());
    v.put("keepAlive", p.keepAlive() ? "on" : "");
    v.put("connectionLimit", p.connectionLimit().isPresent() ? Integer.toString(p.connectionLimit().getAsInt()) : "");
    v.put("version", version);
    return v;
  }

  private static List<Field> fields(boolean isNew) {
    return List.of(isNew ? Field.text("primaryDomain", "Primary domain", null).help("e.g. fabrikam.test")
            : Field.fixed("primaryDomain", "Primary domain"),
        Field.text("additionalDomains", "Additional domains", "none").help("comma-separated"),
        Field.choice("partnerType", "Partner type", PartnerType.class, DEFAULTS.partnerType()),
        Field.choice("tls", "TLS negotiation", Negotiation.class, DEFAULTS.tls()),
        Field.choice("sasl", "SASL negotiation", Negotiation.class, DEFAULTS.sasl()),
        Field.checkbox("dialback", "Support dialback negotiation", DEFAULTS.dialback()),
        Field.text("proxyFqdn", "Proxy FQDN", "none: DNS SRV decides"),
        Field.checkbox("keepAlive", "Enable keep-alive", DEFAULTS.keepAlive()),
        Field.number("connectionLimit", "Connection limit", "empty: the global per-partner limit"),
        Field.text("description", "Description", "empty"));
  }

  private Versioned<XmppPartner> existing(Context ctx) {
    String text = ctx.pathParam("domain");
    DomainBareJid domain;
    try {
      domain = JidCreate.domainBareFrom(text);
    } catch (Exception e) {
      throw new NotFoundException("xmpp-partner", text);
    }
    return panel.m.partners().find(domain).orElseThrow(() -> new NotFoundException("xmpp-partner", text));
  }
}
