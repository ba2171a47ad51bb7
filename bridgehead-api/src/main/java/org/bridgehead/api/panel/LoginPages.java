package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.bridgehead.management.model.Administrator;

/**
 * Login and logout. The login form carries the CSRF token of an anonymous session (no login CSRF);
 * a successful login starts a new session with a new id and token (no session fixation).
 */
final class LoginPages {
  private final Panel panel;
  private final Sessions sessions;

  LoginPages(Panel panel, Sessions sessions) {
    this.panel = panel;
    this.sessions = sessions;
  }

  void register() {
    panel.get("", (ctx, s) -> ctx.redirect(Panel.ROOT + "/partners", HttpStatus.SEE_OTHER));
    panel.get("/login", (ctx, s) -> {
      if (s.loggedIn()) ctx.redirect(Panel.ROOT + "/partners", HttpStatus.SEE_OTHER);
      else form(ctx, s, "", null);
    });
    panel.post("/login", this::login);
    panel.post("/logout", (ctx, s) -> {
      sessions.end(s);
      Guard.clearCookie(ctx);
      ctx.redirect(Panel.ROOT + "/login", HttpStatus.SEE_OTHER);
    });
  }

  private void login(Context ctx, PanelSession s) {
    String name = ctx.formParam("name");
    String password = ctx.formParam("password");
    Optional<Administrator> admin = panel.m.administrators().verify(name == null ? null : name.strip(),
        password == null ? null : password.toCharArray());
    if (admin.isEmpty()) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      form(ctx, s, name, "Wrong name or password.");
      return;
    }
    Optional<PanelSession> fresh = sessions.create(admin.get().name());
    if (fresh.isEmpty()) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      form(ctx, s, name, "Too many open sessions; try again in a few minutes.");
      return;
    }
    sessions.end(s);
    Guard.setCookie(ctx, fresh.get());
    fresh.get().flash("Logged in as " + admin.get().name() + ".", List.of());
    ctx.redirect(Panel.ROOT + "/partners", HttpStatus.SEE_OTHER);
  }

  private void form(Context ctx, PanelSession s, String name, String error) {
    String body = (error == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>")
        + "<form method=\"post\" action=\"" + Panel.ROOT + "/login\" class=\"edit login\">" + FormView.csrf(s)
        + "<div class=\"field\"><label for=\"f-name\">Name</label><input id=\"f-name\" name=\"name\" value=\""
        + esc(name) + "\" autocomplete=\"username\" required></div>"
        + "<div class=\"field\"><label for=\"f-password\">Password</label><input id=\"f-password\" name=\"password\""
        + " type=\"password\" autocomplete=\"current-password\" required></div>"
        + "<p><button type=\"submit\">Log in</button></p></form>";
    panel.page(ctx, s, "", "Log in", body);
  }
}
