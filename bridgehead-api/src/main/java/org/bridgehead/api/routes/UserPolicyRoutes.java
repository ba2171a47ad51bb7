package org.bridgehead.api.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.service.ManagementService;

/** Grant-CsExternalAccessPolicy (one user or all), user passwords, and a user's effective policy. */
public final class UserPolicyRoutes {
  private final ManagementService m;
  private final Requests requests;
  private final Responses responses;

  public UserPolicyRoutes(ManagementService m, Requests requests, Responses responses) {
    this.m = m;
    this.requests = requests;
    this.responses = responses;
  }

  public void register(Javalin app, String base) {
    app.put(base + "/users/{key}/policy", ctx -> {
      ObjectNode body = requests.body(ctx);
      if (!body.has("policy")) throw ApiProblem.badRequest("policy", "policy is required (a name, or null to unassign)");
      String policy = Requests.textField(body, "policy", false);
      long version = body.has("version") ? Requests.longField(body, "version") : user(ctx).version();
      responses.change(ctx, 200, () -> m.policies().grant(ctx.pathParam("key"), policy, version, Responses.actor(ctx)));
    });
    app.put(base + "/users/{key}/password", ctx -> {
      ObjectNode body = requests.body(ctx);
      String password = Requests.textField(body, "password", false);
      long version = body.has("version") ? Requests.longField(body, "version") : user(ctx).version();
      responses.change(ctx, 200, () -> m.users().setPassword(ctx.pathParam("key"),
          password == null ? null : password.toCharArray(), version, Responses.actor(ctx)));
    });
    app.get(base + "/users/{key}/effective-policy", ctx -> {
      user(ctx);
      responses.read(ctx, m.policies().effectivePolicy(ctx.pathParam("key")));
    });
    app.post(base + "/external-access-policies/{key}/grant-all", ctx ->
        responses.change(ctx, 200, () -> Map.of("granted", m.policies().grantToAll(ctx.pathParam("key"), Responses.actor(ctx)))));
  }

  private LocalUser user(Context ctx) {
    String uri = ctx.pathParam("key");
    return m.users().find(uri).orElseThrow(() -> ApiProblem.notFound("user " + uri + " does not exist"));
  }
}
