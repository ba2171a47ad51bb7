package org.bridgehead.api.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.Administrator;
import org.bridgehead.management.service.ManagementService;

/** Administrator accounts (administrators only), the audit log, and the unauthenticated health check. */
public final class AccountRoutes {
  private static final int MAX_AUDIT = 1000;
  private final ManagementService m;
  private final Requests requests;
  private final Responses responses;

  public AccountRoutes(ManagementService m, Requests requests, Responses responses) {
    this.m = m;
    this.requests = requests;
    this.responses = responses;
  }

  public void register(Javalin app, String base) {
    String path = base + "/administrators";
    app.get(path, ctx -> responses.read(ctx, m.administrators().get(Requests.filter(ctx))));
    app.get(path + "/{name}", ctx -> responses.read(ctx, existing(ctx)));
    app.post(path, ctx -> {
      ObjectNode body = requests.body(ctx);
      String name = Requests.textField(body, "name", true);
      AdminRole role = role(Requests.textField(body, "role", true));
      char[] password = Requests.textField(body, "password", true).toCharArray();
      ctx.header("Location", path + "/" + name);
      responses.change(ctx, 201, () -> m.administrators().create(name, role, password, Responses.actor(ctx)));
    });
    app.put(path + "/{name}", ctx -> {
      ObjectNode body = requests.body(ctx);
      long version = Requests.longField(body, "version");
      Administrator current = existing(ctx);
      String roleText = Requests.textField(body, "role", false);
      AdminRole role = roleText == null ? current.role() : role(roleText);
      String password = Requests.textField(body, "password", false);
      responses.change(ctx, 200, () -> m.administrators().update(current.name(), role,
          password == null ? null : password.toCharArray(), version, Responses.actor(ctx)));
    });
    app.delete(path + "/{name}", ctx -> {
      long version = Requests.version(ctx).orElseGet(() -> existing(ctx).version());
      responses.change(ctx, 204, () -> {
        m.administrators().remove(ctx.pathParam("name"), version, Responses.actor(ctx));
        return null;
      });
    });
    app.get(base + "/audit-log", ctx -> {
      long since = parse(ctx.queryParam("since"), "since", -1);
      int limit = (int) Math.min(MAX_AUDIT, parse(ctx.queryParam("limit"), "limit", 100));
      var entries = since >= 0 ? m.auditLog().since(since) : m.auditLog().recent(limit);
      responses.read(ctx, entries.size() > limit ? entries.subList(0, limit) : entries);
    });
    app.get(base + "/health", ctx -> ctx.json(Map.of("status", "up", "changeId", m.lastChangeId())));
  }

  /** Accepts {@code administrator}, {@code read-only}, {@code READ_ONLY}, any case. */
  public static AdminRole role(String text) {
    try {
      return AdminRole.valueOf(text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("role", "role must be administrator or read-only, was '" + text + "'");
    }
  }

  private static long parse(String v, String field, long absent) {
    if (v == null || v.isBlank()) return absent;
    try {
      long n = Long.parseLong(v);
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(field, field + " must be a non-negative number, was '" + v + "'");
    }
  }

  private Administrator existing(Context ctx) {
    String name = ctx.pathParam("name");
    return m.administrators().find(name).orElseThrow(() -> ApiProblem.notFound("administrator " + name + " does not exist"));
  }
}
