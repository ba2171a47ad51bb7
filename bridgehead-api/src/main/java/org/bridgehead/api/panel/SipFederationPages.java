package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.bridgehead.management.model.AllowedSipDomain;
import org.bridgehead.management.model.BlockedSipDomain;
import org.bridgehead.management.model.PublicProvider;
import org.bridgehead.management.model.VerificationLevel;

/**
 * SIP federation: allowed and blocked domains (a domain is on one list at most) and the public IM
 * providers, each listed with an add form and a remove button; providers are enabled or disabled here.
 */
final class SipFederationPages {
  private static final String PATH = "/sip-federation";
  private final Panel panel;
  private final ListForms lists;

  SipFederationPages(Panel panel) {
    this.panel = panel;
    this.lists = new ListForms(panel, PATH, this::page);
  }

  void register() {
    panel.get(PATH, (ctx, s) -> page(ctx, s, Map.of()));
    panel.post(PATH + "/allowed", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "allowed-domain");
      AllowedSipDomain d = new AllowedSipDomain(in.required("domain"), in.text("proxyFqdn"),
          in.choice("verificationLevel", VerificationLevel.class, null), in.text("comment"), 0);
      lists.change(ctx, s, in, "allowed", () -> panel.m.sipFederation().createAllowed(d, s.actor()), "Allowed domain added.");
    });
    panel.post(PATH + "/blocked", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "blocked-domain");
      BlockedSipDomain d = new BlockedSipDomain(in.required("domain"), in.text("comment"), 0);
      lists.change(ctx, s, in, "blocked", () -> panel.m.sipFederation().createBlocked(d, s.actor()), "Blocked domain added.");
    });
    panel.post(PATH + "/providers", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "public-provider");
      PublicProvider p = new PublicProvider(in.required("name"), in.text("proxyFqdn"), in.bool("enabled"),
          in.choice("verificationLevel", VerificationLevel.class, null), 0);
      lists.change(ctx, s, in, "providers", () -> panel.m.sipFederation().createProvider(p, s.actor()), "Public provider added.");
    });
    panel.post(PATH + "/allowed/remove", (ctx, s) -> remove(ctx, s, "allowed",
        (d, v) -> panel.m.sipFederation().removeAllowed(d, v, s.actor())));
    panel.post(PATH + "/blocked/remove", (ctx, s) -> remove(ctx, s, "blocked",
        (d, v) -> panel.m.sipFederation().removeBlocked(d, v, s.actor())));
    panel.post(PATH + "/providers/remove", (ctx, s) -> remove(ctx, s, "providers",
        (d, v) -> panel.m.sipFederation().removeProvider(d, v, s.actor())));
    panel.post(PATH + "/providers/toggle", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "public-provider");
      String name = in.required("key");
      long version = in.version();
      lists.change(ctx, s, in, "providers", () -> {
        PublicProvider p = panel.m.sipFederation().getProviders(null).stream().filter(x -> x.name().equalsIgnoreCase(name))
            .findFirst().orElseThrow(() -> new org.bridgehead.management.validation.NotFoundException("public-provider", name));
        return panel.m.sipFederation().updateProvider(new PublicProvider(p.name(), p.proxyFqdn(), !p.enabled(),
            p.verificationLevel(), version), s.actor());
      }, "Public provider " + name + " changed.");
    });
  }

  private interface Removal {
    void remove(String key, long version);
  }

  private void remove(Context ctx, PanelSession s, String form, Removal removal) {
    FormInput in = new FormInput(ctx, form);
    String key = in.required("key");
    long version = in.version();
    lists.change(ctx, s, in, form, () -> {
      removal.remove(key, version);
      return Boolean.TRUE;
    }, key + " removed.");
  }

  private void page(Context ctx, PanelSession s, Map<String, FormState> forms) {
    var sip = panel.m.sipFederation();
    StringBuilder b = new StringBuilder("<h2>Allowed domains</h2>");
    b.append(Html.table(List.of("Domain", "Proxy FQDN", "Verification level", "Comment", ""), sip.getAllowed(null),
        d -> List.of(esc(d.domain()), esc(d.proxyFqdn() == null ? "(DNS SRV)" : d.proxyFqdn()),
            esc(Field.lync(d.verificationLevel())), esc(d.comment()), lists.removeButton(s, "allowed", d.domain(), d.version())),
        "No allowed domains."));
    b.append(lists.form(s, forms, "allowed", List.of(Field.text("domain", "Domain", null),
        Field.text("proxyFqdn", "Proxy FQDN", "none: DNS SRV decides"),
        Field.choice("verificationLevel", "Verification level", VerificationLevel.class,
            VerificationLevel.USE_SOURCE_VERIFICATION), Field.text("comment", "Comment", "empty")),
        Map.of("verificationLevel", VerificationLevel.USE_SOURCE_VERIFICATION.name()), "Add allowed domain"));
    b.append("<h2>Blocked domains</h2>");
    b.append(Html.table(List.of("Domain", "Comment", ""), sip.getBlocked(null), d -> List.of(esc(d.domain()),
        esc(d.comment()), lists.removeButton(s, "blocked", d.domain(), d.version())), "No blocked domains."));
    b.append(lists.form(s, forms, "blocked", List.of(Field.text("domain", "Domain", null), Field.text("comment", "Comment",
        "empty")), Map.of(), "Add blocked domain"));
    b.append("<h2>Public IM providers</h2>");
    b.append(Html.table(List.of("Name", "Proxy FQDN", "Enabled", "Verification level", ""), sip.getProviders(null),
        p -> List.of(esc(p.name()), esc(p.proxyFqdn()), Html.yesNo(p.enabled()), esc(Field.lync(p.verificationLevel())),
            FormView.button(s, Panel.ROOT + PATH + "/providers/toggle", p.enabled() ? "Disable" : "Enable",
                Map.of("key", p.name(), "version", Long.toString(p.version())))
                + lists.removeButton(s, "providers", p.name(), p.version())), "No public providers."));
    b.append(lists.form(s, forms, "providers", List.of(Field.text("name", "Name", null), Field.text("proxyFqdn", "Proxy FQDN", null),
        Field.checkbox("enabled", "Enabled", false), Field.choice("verificationLevel", "Verification level",
            VerificationLevel.class, VerificationLevel.ALWAYS_UNVERIFIABLE)),
        Map.of("verificationLevel", VerificationLevel.ALWAYS_UNVERIFIABLE.name()), "Add public provider"));
    panel.page(ctx, s, PATH, "SIP federation", b.toString());
  }
}
