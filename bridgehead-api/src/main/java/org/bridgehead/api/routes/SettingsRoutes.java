package org.bridgehead.api.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.management.model.AccessEdgeSettings;
import org.bridgehead.management.service.ManagementService;

/** The two global settings objects: Set-CsXmppGatewayConfiguration and Set-CsAccessEdgeConfiguration. */
public final class SettingsRoutes {
  private final ManagementService m;
  private final Requests requests;
  private final Responses responses;

  public SettingsRoutes(ManagementService m, Requests requests, Responses responses) {
    this.m = m;
    this.requests = requests;
    this.responses = responses;
  }

  public void register(Javalin app, String base) {
    app.get(base + "/xmpp-gateway-config", ctx -> responses.read(ctx, m.settings().gateway()));
    app.put(base + "/xmpp-gateway-config", ctx -> {
      ObjectNode body = requests.body(ctx);
      long version = Requests.longField(body, "version");
      body.remove("version");
      body.remove("dialbackSecretSet");
      if (body.has("dialbackSecret") && body.get("dialbackSecret").isNull()) body.remove("dialbackSecret"); // as shown: keep
      GatewaySettings wanted = requests.merge(m.settings().gateway().value(), body, GatewaySettings.class);
      responses.change(ctx, 200, () -> m.settings().setGateway(wanted, version, Responses.actor(ctx)));
    });
    app.get(base + "/access-edge-config", ctx -> responses.read(ctx, m.settings().accessEdge()));
    app.put(base + "/access-edge-config", ctx -> {
      ObjectNode body = requests.body(ctx);
      Requests.longField(body, "version");
      AccessEdgeSettings wanted = requests.merge(m.settings().accessEdge(), body, AccessEdgeSettings.class);
      responses.change(ctx, 200, () -> m.settings().setAccessEdge(wanted, Responses.actor(ctx)));
    });
  }
}
