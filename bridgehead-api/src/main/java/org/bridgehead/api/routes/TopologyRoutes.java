package org.bridgehead.api.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;
import org.bridgehead.management.service.ManagementService;

/** Each site's XMPP federation route, and the whole topology exported or published at once. */
public final class TopologyRoutes {
  private final ManagementService m;
  private final Requests requests;
  private final Responses responses;

  public TopologyRoutes(ManagementService m, Requests requests, Responses responses) {
    this.m = m;
    this.requests = requests;
    this.responses = responses;
  }

  public void register(Javalin app, String base) {
    String path = base + "/xmpp-federation-routes";
    app.get(path, ctx -> responses.read(ctx, m.topology().getRoutes(Requests.filter(ctx))));
    app.get(path + "/{site}", ctx -> responses.read(ctx, route(ctx)));
    app.put(path + "/{site}", ctx -> {
      ObjectNode body = requests.body(ctx);
      String pool = Requests.textField(body, "pool", true);
      long version = body.has("version") ? Requests.longField(body, "version")
          : m.topology().getRoutes(null).stream().filter(r -> r.site().equalsIgnoreCase(ctx.pathParam("site")))
              .mapToLong(XmppFederationRoute::version).findFirst().orElse(0);
      responses.change(ctx, 200, () -> m.topology().setRoute(ctx.pathParam("site"), pool, version, Responses.actor(ctx)));
    });
    app.delete(path + "/{site}", ctx -> {
      long version = Requests.version(ctx).orElseGet(() -> route(ctx).version());
      responses.change(ctx, 204, () -> {
        m.topology().removeRoute(ctx.pathParam("site"), version, Responses.actor(ctx));
        return null;
      });
    });
    app.get(base + "/topology", ctx -> responses.read(ctx, m.topology().topology()));
    app.put(base + "/topology", ctx -> {
      Topology wanted = requests.merge(null, requests.body(ctx), Topology.class);
      responses.change(ctx, 200, () -> m.topology().publishTopology(wanted, Responses.actor(ctx)));
    });
  }

  private XmppFederationRoute route(Context ctx) {
    String site = ctx.pathParam("site");
    return m.topology().getRoutes(null).stream().filter(r -> r.site().equalsIgnoreCase(site)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("site " + site + " has no XMPP federation route"));
  }
}
