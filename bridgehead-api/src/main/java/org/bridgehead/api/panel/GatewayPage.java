package org.bridgehead.api.panel;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.management.model.Versioned;

/**
 * The global XMPP gateway settings (Set-CsXmppGatewayConfiguration). Durations are edited in seconds;
 * the dialback secret is write-only: left blank it stays, ticking "clear" removes it.
 */
final class GatewayPage {
  private static final String PATH = "/gateway";
  private static final GatewaySettings D = GatewaySettings.DEFAULTS;
  private final Panel panel;

  GatewayPage(Panel panel) { this.panel = panel; }

  void register() {
    panel.get(PATH, (ctx, s) -> {
      Versioned<GatewaySettings> g = panel.m.settings().gateway();
      PanelSession.Flash flash = s.takeFlash();
      show(ctx, s, g, FormState.of(values(g.value())), flash == null ? null : flash.message());
    });
    panel.post(PATH, this::save);
  }

  private void show(Context ctx, PanelSession s, Versioned<GatewaySettings> g, FormState state, String message) {
    String secret = g.value().dialbackSecret() == null ? "none set: a random secret per process" : "set (not shown)";
    String body = (message == null ? "" : "<p class=\"flash\" role=\"status\">" + Html.esc(message) + "</p>")
        + new FormView(Panel.ROOT + PATH, List.of(
            Field.number("connectionLimit", "Total connection limit", Integer.toString(D.totalConnectionLimit())),
            Field.number("perPartnerConnectionLimit", "Connections per partner", Integer.toString(D.perPartnerConnectionLimit())),
            Field.password("dialbackSecret", "New dialback secret", "now " + secret + "; blank keeps it"),
            Field.checkbox("clearDialbackSecret", "Clear the dialback secret", false),
            Field.checkbox("logMessageBodies", "Log message bodies", D.logMessageBodies()),
            Field.number("keepAliveInterval", "Keep-alive interval (s)", seconds(D.keepAliveInterval())),
            Field.number("streamEstablishmentTimeout", "Stream establishment timeout (s)", seconds(D.streamEstablishmentTimeout())),
            Field.number("streamInactivityTimeout", "Stream inactivity timeout (s)", seconds(D.streamInactivityTimeout())),
            Field.number("subscriptionRefreshInterval", "Subscription refresh interval (s)",
                seconds(D.subscriptionRefreshInterval()))), state.values(), state.errors(), List.of())
            .render(s, "Save settings", Layout.version(g.version()))
        + "<p class=\"note\">Connection limits and the secret govern new streams at once; timers take effect at the"
        + " next start of the node.</p>";
    panel.page(ctx, s, PATH, "XMPP gateway settings", body);
  }

  private void save(Context ctx, PanelSession s) {
    Versioned<GatewaySettings> current = panel.m.settings().gateway();
    FormInput in = new FormInput(ctx, "xmpp-gateway-config global");
    long version = in.version();
    String newSecret = in.text("dialbackSecret");
    boolean clear = in.bool("clearDialbackSecret");
    GatewaySettings wanted = new GatewaySettings(in.integer("connectionLimit", 0),
        in.integer("perPartnerConnectionLimit", 0),
        clear ? null : newSecret != null ? newSecret : current.value().dialbackSecret(), in.bool("logMessageBodies"),
        Duration.ofSeconds(in.integer("keepAliveInterval", 0)), Duration.ofSeconds(in.integer("streamEstablishmentTimeout", 0)),
        Duration.ofSeconds(in.integer("streamInactivityTimeout", 0)),
        Duration.ofSeconds(in.integer("subscriptionRefreshInterval", 0)));
    Panel.Refused again = problems -> show(ctx, s, current, FormState.refused(in, problems), null);
    if (!in.ok()) {
      Panel.refuse(ctx, in, again);
      return;
    }
    if (panel.attempt(ctx, () -> panel.m.settings().setGateway(wanted, version, s.actor()), again) != null) {
      Panel.redirect(ctx, s, PATH, "XMPP gateway settings saved.", List.of());
    }
  }

  private static Map<String, String> values(GatewaySettings g) {
    Map<String, String> v = new HashMap<>();
    v.put("connectionLimit", Integer.toString(g.totalConnectionLimit()));
    v.put("perPartnerConnectionLimit", Integer.toString(g.perPartnerConnectionLimit()));
    v.put("logMessageBodies", g.logMessageBodies() ? "on" : "");
    v.put("keepAliveInterval", seconds(g.keepAliveInterval()));
    v.put("streamEstablishmentTimeout", seconds(g.streamEstablishmentTimeout()));
    v.put("streamInactivityTimeout", seconds(g.streamInactivityTimeout()));
    v.put("subscriptionRefreshInterval", seconds(g.subscriptionRefreshInterval()));
    return v;
  }

  private static String seconds(Duration d) { return d == null ? "" : Long.toString(d.toSeconds()); }
}
