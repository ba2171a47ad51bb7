package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyScope;
import org.bridgehead.management.service.EffectivePolicy;

/** Local (SIP) users: the list with each user's effective policy, a new user (with a password), removal. */
final class UserPages {
  private static final String PATH = "/users";
  private final Panel panel;
  private final ListForms lists;

  UserPages(Panel panel) {
    this.panel = panel;
    this.lists = new ListForms(panel, PATH, this::page);
  }

  void register() {
    panel.get(PATH, (ctx, s) -> page(ctx, s, Map.of()));
    panel.post(PATH + "/users", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "user");
      LocalUser u = new LocalUser(in.required("sipUri"), in.text("displayName"), in.text("site"), in.text("policy"), false, 0);
      String password = in.text("password");
      lists.change(ctx, s, in, "users", () -> panel.m.users().create(u, password == null ? null : password.toCharArray(),
          s.actor()), "User " + u.sipUri() + " added.");
    });
    panel.post(PATH + "/users/remove", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "user");
      String uri = in.required("key");
      long version = in.version();
      lists.change(ctx, s, in, "users", () -> ListForms.done(() -> panel.m.users().remove(uri, version, s.actor())),
          "User " + uri + " removed.");
    });
  }

  private void page(Context ctx, PanelSession s, Map<String, FormState> forms) {
    List<LocalUser> users = panel.m.users().get(ctx.queryParam("filter"));
    List<Field.Option> sites = new ArrayList<>(List.of(new Field.Option("", "(none)")));
    panel.m.topology().getSites(null).forEach(x -> sites.add(new Field.Option(x.name(), x.name())));
    List<Field.Option> policies = new ArrayList<>(List.of(new Field.Option("", "(none)")));
    panel.m.policies().get(null).stream().filter(p -> p.identity().scope() == PolicyScope.USER)
        .forEach(p -> policies.add(new Field.Option(p.identity().name(), p.identity().toString())));
    String body = Html.table(List.of("SIP URI", "Display name", "Site", "Granted policy", "Effective policy", "Password", ""),
        users, u -> List.of(esc(u.sipUri()), esc(u.displayName()), esc(u.site()), esc(u.policy()), effective(u),
            Html.yesNo(u.hasPassword()), lists.removeButton(s, "users", u.sipUri(), u.version())), "No users.")
        + "<p class=\"note\">Grant policies on the <a href=\"" + Panel.ROOT + "/policies\">policies page</a>.</p>"
        + "<h2>New user</h2>" + lists.form(s, forms, "users", List.of(Field.text("sipUri", "SIP URI", null)
            .help("e.g. sip:alice@contoso.test"), Field.text("displayName", "Display name", "empty"),
            Field.select("site", "Site", sites, "(none)"), Field.select("policy", "Policy", policies, "(none)"),
            Field.password("password", "Password", "for SIP registration; blank: none")), Map.of(), "Add user");
    panel.page(ctx, s, PATH, "Users", body);
  }

  private String effective(LocalUser u) {
    EffectivePolicy p = panel.m.policies().effectivePolicy(u.sipUri());
    return esc(p.policy().identity() + (p.source() == PolicyScope.USER ? "" : " (" + p.source().name().toLowerCase() + ")"));
  }
}
