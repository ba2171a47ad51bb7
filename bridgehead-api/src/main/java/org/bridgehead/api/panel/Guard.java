package org.bridgehead.api.panel;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.bridgehead.management.model.Administrator;
import org.bridgehead.management.service.ManagementService;

/**
 * The before-handler of every panel request: security headers, the session cookie, login required,
 * the CSRF token on every POST, and the role (read-only administrators may only read and log out).
 * The account is read on every request, so a removed or demoted administrator loses the rights at once.
 */
final class Guard {
  static final String SESSION = "bridgehead.panel.session";
  static final String COOKIE = "bh_panel";
  static final String CSRF_FIELD = "csrf";

  private final ManagementService m;
  private final Sessions sessions;

  Guard(ManagementService m, Sessions sessions) {
    this.m = m;
    this.sessions = sessions;
  }

  void handle(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
        + " frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    String path = ctx.path();
    if (path.startsWith(Panel.ROOT + "/assets/")) return;
    PanelSession s = sessions.find(ctx.cookie(COOKIE)).filter(this::stillAdministrator).orElse(null);
    boolean login = path.equals(Panel.ROOT + "/login");
    if (s == null && login) {
      Optional<PanelSession> fresh = sessions.create(null);
      if (fresh.isEmpty()) {
        stop(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Too many open sessions; try again in a few minutes.");
        return;
      }
      s = fresh.get();
      setCookie(ctx, s);
    }
    if (s == null || (!s.loggedIn() && !login)) {
      ctx.redirect(Panel.ROOT + "/login", HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (ctx.method() == HandlerType.POST) {
      if (!s.csrfMatches(ctx.formParam(CSRF_FIELD))) {
        stop(ctx, HttpStatus.FORBIDDEN, "The form's security token is missing or wrong (an old page, or a form sent"
            + " from another site). Nothing was changed; reload the page and try again.");
        return;
      }
      boolean logout = path.equals(Panel.ROOT + "/logout");
      if (s.loggedIn() && !s.mayChange() && !logout) {
        stop(ctx, HttpStatus.FORBIDDEN, s.admin() + " has the read-only role and cannot change anything.");
        return;
      }
    }
    ctx.attribute(SESSION, s);
  }

  static void setCookie(Context ctx, PanelSession s) {
    ctx.header("Set-Cookie", COOKIE + "=" + s.id() + "; Path=" + Panel.ROOT + "; HttpOnly; SameSite=Strict"
        + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
  }

  static void clearCookie(Context ctx) {
    ctx.header("Set-Cookie", COOKIE + "=; Path=" + Panel.ROOT + "; Max-Age=0; HttpOnly; SameSite=Strict");
  }

  private boolean stillAdministrator(PanelSession s) {
    if (!s.loggedIn()) return true;
    Optional<Administrator> a = m.administrators().find(s.admin());
    if (a.isEmpty()) {
      sessions.end(s);
      return false;
    }
    s.role(a.get().role());
    return true;
  }

  private static void stop(Context ctx, HttpStatus status, String text) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(Layout.page(null, "", status.getMessage(),
        "<p class=\"error\" role=\"alert\">" + Html.esc(text) + "</p><p><a href=\"" + Panel.ROOT
            + "/login\">Control panel</a></p>"));
    ctx.skipRemainingHandlers();
  }
}
