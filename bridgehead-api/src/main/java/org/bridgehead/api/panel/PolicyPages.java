package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;
import static org.bridgehead.api.panel.Html.seg;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.PolicyScope;
import org.bridgehead.management.validation.NotFoundException;

/**
 * External access policies (New-/Set-/Remove-/Grant-CsExternalAccessPolicy): the list, a new site or
 * named policy, editing the four kinds of access, and granting a named policy to one user or to all.
 */
final class PolicyPages {
  private static final String PATH = "/policies";
  private final Panel panel;

  PolicyPages(Panel panel) { this.panel = panel; }

  void register() {
    panel.get(PATH, (ctx, s) -> list(ctx, s, new HashMap<>()));
    panel.post(PATH + "/new", this::create);
    panel.post(PATH + "/grant", this::grant);
    panel.post(PATH + "/grant-all", this::grantAll);
    panel.get(PATH + "/{identity}", (ctx, s) -> {
      ExternalAccessPolicy p = existing(ctx);
      edit(ctx, s, p, FormState.of(values(p)));
    });
    panel.post(PATH + "/{identity}", this::update);
    panel.post(PATH + "/{identity}/remove", this::remove);
  }

  private void list(Context ctx, PanelSession s, Map<String, FormState> forms) {
    List<ExternalAccessPolicy> policies = panel.m.policies().get(null);
    List<LocalUser> users = panel.m.users().get(null);
    StringBuilder b = new StringBuilder(Html.table(List.of("Identity", "Federation", "Public cloud", "XMPP", "Outside",
        "Description"), policies, p -> List.of(Html.link(Panel.ROOT + PATH + "/" + seg(p.identity().toString()),
            p.identity().toString()), Html.yesNo(p.enableFederationAccess()), Html.yesNo(p.enablePublicCloudAccess()),
        Html.yesNo(p.enableXmppAccess()), Html.yesNo(p.enableOutsideAccess()), esc(p.description())), "No policies."));
    List<Field.Option> named = new ArrayList<>();
    named.add(new Field.Option("", "(none: site or global policy applies)"));
    policies.stream().filter(p -> p.identity().scope() == PolicyScope.USER)
        .forEach(p -> named.add(new Field.Option(p.identity().name(), p.identity().toString())));
    List<Field.Option> userOptions = users.stream()
        .map(u -> new Field.Option(u.sipUri(), u.sipUri() + (u.policy() == null ? "" : " (now " + u.policy() + ")"))).toList();
    b.append("<h2>Grant a policy to a user</h2>").append(FormView.of(Panel.ROOT + PATH + "/grant", List.of(
        Field.select("sipUri", "User", userOptions, null), Field.select("policy", "Policy", named, "(none)")),
        forms.getOrDefault("grant", FormState.of(Map.of())), "grant-").render(s, "Grant", Map.of()));
    b.append("<h2>Grant a policy to every user</h2>").append(FormView.of(Panel.ROOT + PATH + "/grant-all", List.of(
        Field.select("policy", "Policy", named, "(none)")), forms.getOrDefault("grant-all", FormState.of(Map.of())),
        "all-").render(s, "Grant to all users", Map.of()));
    Map<String, String> fresh = values(ExternalAccessPolicy.defaults(PolicyIdentity.named("")));
    b.append("<h2>New policy</h2>").append(FormView.of(Panel.ROOT + PATH + "/new", fields(true),
        forms.getOrDefault("new", FormState.of(fresh)), "new-").render(s, "Create policy", Map.of()));
    panel.page(ctx, s, PATH, "External access policies", b.toString());
  }

  private void create(Context ctx, PanelSession s) {
    FormInput in = new FormInput(ctx, "external-access-policy");
    PolicyIdentity id = PolicyIdentity.parse(in.required("identity"));
    ExternalAccessPolicy wanted = read(in, id, 0);
    Panel.Refused again = problems -> list(ctx, s, new HashMap<>(Map.of("new", FormState.refused(in, problems))));
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    ExternalAccessPolicy saved = panel.attempt(ctx, () -> panel.m.policies().create(wanted, s.actor()), again);
    if (saved != null) Panel.redirect(ctx, s, PATH, "Policy " + saved.identity() + " created.", List.of());
  }

  private void edit(Context ctx, PanelSession s, ExternalAccessPolicy p, FormState state) {
    String action = Panel.ROOT + PATH + "/" + seg(p.identity().toString());
    Map<String, String> version = Layout.version(p.version());
    String body = new FormView(action, fields(false), state.values(), state.errors(), List.of()).render(s, "Save changes", version)
        + FormView.button(s, action + "/remove", p.identity().scope() == PolicyScope.GLOBAL ? "Reset to defaults"
            : "Remove policy", version)
        + "<p><a href=\"" + Panel.ROOT + PATH + "\">Back to the policies</a></p>";
    panel.page(ctx, s, PATH, "External access policy " + p.identity(), body);
  }

  private void update(Context ctx, PanelSession s) {
    ExternalAccessPolicy current = existing(ctx);
    FormInput in = new FormInput(ctx, "external-access-policy " + current.identity());
    in.put("identity", current.identity().toString());
    ExternalAccessPolicy wanted = read(in, current.identity(), in.version());
    Panel.Refused again = problems -> edit(ctx, s, current, FormState.refused(in, problems));
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    ExternalAccessPolicy saved = panel.attempt(ctx, () -> panel.m.policies().update(wanted, s.actor()), again);
    if (saved != null) Panel.redirect(ctx, s, PATH, "Policy " + saved.identity() + " saved.", List.of());
  }

  private void remove(Context ctx, PanelSession s) {
    ExternalAccessPolicy current = existing(ctx);
    FormInput in = new FormInput(ctx, "external-access-policy " + current.identity());
    long version = in.version();
    boolean global = current.identity().scope() == PolicyScope.GLOBAL;
    Object done = panel.attempt(ctx, () -> {
      if (global) return panel.m.policies().resetGlobal(version, s.actor());
      panel.m.policies().remove(current.identity(), version, s.actor());
      return Boolean.TRUE;
    }, problems -> edit(ctx, s, current, new FormState(values(current), problems)));
    if (done != null) {
      Panel.redirect(ctx, s, PATH, "Policy " + current.identity() + (global ? " reset." : " removed."), List.of());
    }
  }

  private void grant(Context ctx, PanelSession s) {
    FormInput in = new FormInput(ctx, "user");
    String uri = in.required("sipUri");
    String policy = in.text("policy");
    Panel.Refused again = problems -> list(ctx, s, new HashMap<>(Map.of("grant", FormState.refused(in, problems))));
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    LocalUser saved = panel.attempt(ctx, () -> {
      LocalUser user = panel.m.users().find(uri).orElseThrow(() -> new NotFoundException("user", uri));
      return panel.m.policies().grant(uri, policy, user.version(), s.actor());
    }, again);
    if (saved != null) {
      Panel.redirect(ctx, s, PATH, saved.policy() == null ? "No policy granted to " + saved.sipUri() + " any more."
          : "Policy " + saved.policy() + " granted to " + saved.sipUri() + ".", List.of());
    }
  }

  private void grantAll(Context ctx, PanelSession s) {
    FormInput in = new FormInput(ctx, "user");
    String policy = in.text("policy");
    Integer n = panel.attempt(ctx, () -> panel.m.policies().grantToAll(policy, s.actor()),
        problems -> list(ctx, s, new HashMap<>(Map.of("grant-all", FormState.refused(in, problems)))));
    if (n != null) {
      Panel.redirect(ctx, s, PATH, (policy == null ? "Policy grants removed from " : "Policy " + policy + " granted to ")
          + n + " user(s).", List.of());
    }
  }

  private static ExternalAccessPolicy read(FormInput in, PolicyIdentity id, long version) {
    return new ExternalAccessPolicy(id, in.text("description"), in.bool("enableFederationAccess"),
        in.bool("enablePublicCloudAccess"), in.bool("enableXmppAccess"), in.bool("enableOutsideAccess"), version);
  }

  private static Map<String, String> values(ExternalAccessPolicy p) {
    Map<String, String> v = new HashMap<>();
    v.put("identity", p.identity().scope() == PolicyScope.USER && p.identity().name().isEmpty() ? "" : p.identity().toString());
    v.put("description", p.description());
    v.put("enableFederationAccess", p.enableFederationAccess() ? "on" : "");
    v.put("enablePublicCloudAccess", p.enablePublicCloudAccess() ? "on" : "");
    v.put("enableXmppAccess", p.enableXmppAccess() ? "on" : "");
    v.put("enableOutsideAccess", p.enableOutsideAccess() ? "on" : "");
    return v;
  }

  private static List<Field> fields(boolean isNew) {
    return List.of(isNew ? Field.text("identity", "Identity", null).help("Tag:NAME (granted to users) or Site:NAME")
            : Field.fixed("identity", "Identity"),
        Field.checkbox("enableFederationAccess", "Federated users (SIP federation)", false),
        Field.checkbox("enablePublicCloudAccess", "Public IM providers", false),
        Field.checkbox("enableXmppAccess", "XMPP federated users", false),
        Field.checkbox("enableOutsideAccess", "Remote users", false),
        Field.text("description", "Description", "empty"));
  }

  private ExternalAccessPolicy existing(Context ctx) {
    String text = ctx.pathParam("identity");
    PolicyIdentity id = PolicyIdentity.parse(text);
    return panel.m.policies().find(id).orElseThrow(() -> new NotFoundException("external-access-policy", text));
  }
}
