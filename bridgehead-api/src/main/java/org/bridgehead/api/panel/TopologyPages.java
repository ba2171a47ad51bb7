package org.bridgehead.api.panel;

import static org.bridgehead.api.panel.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;

/**
 * Topology (Topology Builder's part): sites, edge pools and each site's XMPP federation route. Each
 * change is validated by the store against the whole topology, like a publish.
 */
final class TopologyPages {
  private static final String PATH = "/topology";
  private final Panel panel;
  private final ListForms lists;

  TopologyPages(Panel panel) {
    this.panel = panel;
    this.lists = new ListForms(panel, PATH, this::page);
  }

  void register() {
    var topology = panel.m.topology();
    panel.get(PATH, (ctx, s) -> page(ctx, s, Map.of()));
    panel.post(PATH + "/sites", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "site");
      Site site = new Site(in.required("name"), in.text("description"), 0);
      lists.change(ctx, s, in, "sites", () -> topology.createSite(site, s.actor()), "Site added.");
    });
    panel.post(PATH + "/sites/remove", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "site");
      String name = in.required("key");
      long version = in.version();
      lists.change(ctx, s, in, "sites", () -> ListForms.done(() -> topology.removeSite(name, version, s.actor())), "Site " + name + " removed.");
    });
    panel.post(PATH + "/pools", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "edge-pool");
      String fqdn = in.required("fqdn");
      List<String> members = in.list("members");
      EdgePool pool = new EdgePool(fqdn, in.text("site"), members.isEmpty() && fqdn != null ? List.of(fqdn) : members,
          in.integer("externalPort", 0), in.integer("internalPort", 0), in.bool("xmppFederationEnabled"), 0);
      lists.change(ctx, s, in, "pools", () -> topology.createPool(pool, s.actor()), "Edge pool added.");
    });
    panel.post(PATH + "/pools/remove", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "edge-pool");
      String fqdn = in.required("key");
      long version = in.version();
      lists.change(ctx, s, in, "pools", () -> ListForms.done(() -> topology.removePool(fqdn, version, s.actor())), "Edge pool " + fqdn + " removed.");
    });
    panel.post(PATH + "/routes", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "xmpp-federation-route");
      String site = in.required("site");
      String pool = in.required("pool");
      lists.change(ctx, s, in, "routes", () -> {
        long version = topology.getRoutes(null).stream().filter(r -> r.site().equalsIgnoreCase(site))
            .mapToLong(XmppFederationRoute::version).findFirst().orElse(0);
        return topology.setRoute(site, pool, version, s.actor());
      }, "XMPP federation route of " + site + " set.");
    });
    panel.post(PATH + "/routes/remove", (ctx, s) -> {
      FormInput in = new FormInput(ctx, "xmpp-federation-route");
      String site = in.required("key");
      long version = in.version();
      lists.change(ctx, s, in, "routes", () -> ListForms.done(() -> topology.removeRoute(site, version, s.actor())),
          "XMPP federation route of " + site + " removed.");
    });
  }

  private void page(Context ctx, PanelSession s, Map<String, FormState> forms) {
    Topology t = panel.m.topology().topology();
    List<Field.Option> sites = t.sites().stream().map(x -> new Field.Option(x.name(), x.name())).toList();
    List<Field.Option> pools = t.pools().stream().map(p -> new Field.Option(p.fqdn(), p.fqdn())).toList();
    StringBuilder b = new StringBuilder("<h2>Sites</h2>");
    b.append(Html.table(List.of("Name", "Description", ""), t.sites(), x -> List.of(esc(x.name()), esc(x.description()),
        lists.removeButton(s, "sites", x.name(), x.version())), "No sites."));
    b.append(lists.form(s, forms, "sites", List.of(Field.text("name", "Name", null), Field.text("description", "Description",
        "empty")), Map.of(), "Add site"));
    b.append("<h2>Edge pools</h2>");
    b.append(Html.table(List.of("FQDN", "Site", "Members", "External port", "Internal port", "XMPP federation", ""),
        t.pools(), p -> List.of(esc(p.fqdn()), esc(p.site()), esc(String.join(", ", p.members())),
            Integer.toString(p.externalPort()), Integer.toString(p.internalPort()), Html.yesNo(p.xmppFederationEnabled()),
            lists.removeButton(s, "pools", p.fqdn(), p.version())), "No edge pools."));
    b.append(lists.form(s, forms, "pools", List.of(Field.text("fqdn", "Pool FQDN", null), Field.select("site", "Site", sites, null),
        Field.text("members", "Members", "the pool FQDN").help("comma-separated host names"),
        Field.number("externalPort", "External port (XMPP S2S)", Integer.toString(EdgePool.DEFAULT_EXTERNAL_PORT)),
        Field.number("internalPort", "Internal port (gateway link)", Integer.toString(EdgePool.DEFAULT_INTERNAL_PORT)),
        Field.checkbox("xmppFederationEnabled", "XMPP federation enabled", true)),
        Map.of("externalPort", Integer.toString(EdgePool.DEFAULT_EXTERNAL_PORT),
            "internalPort", Integer.toString(EdgePool.DEFAULT_INTERNAL_PORT), "xmppFederationEnabled", "on"), "Add edge pool"));
    b.append("<h2>XMPP federation route</h2>");
    b.append(Html.table(List.of("Site", "Edge pool", ""), t.sites(), x -> {
      Optional<XmppFederationRoute> r = t.routes().stream().filter(y -> y.site().equalsIgnoreCase(x.name())).findFirst();
      return List.of(esc(x.name()), r.map(y -> esc(y.pool())).orElse("<span class=\"warning\">not assigned</span>"),
          r.map(y -> lists.removeButton(s, "routes", y.site(), y.version())).orElse(""));
    }, "No sites, so no routes."));
    b.append(lists.form(s, forms, "routes", List.of(Field.select("site", "Site", sites, null),
        Field.select("pool", "Edge pool", pools, null)), Map.of(), "Set route"));
    panel.page(ctx, s, PATH, "Topology", b.toString());
  }
}
