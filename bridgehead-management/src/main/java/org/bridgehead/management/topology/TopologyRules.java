package org.bridgehead.management.topology;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;
import org.bridgehead.management.store.TopologyRepository;
import org.bridgehead.management.validation.Checks;
import org.bridgehead.management.validation.Problem;

/**
 * The rules of a topology as a whole. Every topology change, a single {@code site new} as much as a
 * published file, is checked by applying it to the stored topology and validating the result here.
 */
public final class TopologyRules {
  private TopologyRules() {}

  public static List<Problem> validate(Topology t) {
    Checks all = new Checks("topology");
    Set<String> sites = new HashSet<>();
    for (Site s : t.sites()) {
      Checks c = new Checks("site " + s.name()).required(s.name(), "name");
      if (s.name() != null && !s.name().isBlank()) {
        c.require(sites.add(TopologyRepository.key(s.name())), "name", "unique", "site " + s.name() + " is listed twice");
        c.require(!s.name().contains(":"), "name", "site-name", "a site name may not contain ':'");
      }
      all.addAll(c.problems());
    }
    Map<String, EdgePool> pools = new HashMap<>();
    for (EdgePool p : t.pools()) {
      Checks c = new Checks("edge-pool " + p.fqdn()).fqdn(p.fqdn(), "fqdn", false);
      if (p.fqdn() != null) c.require(pools.putIfAbsent(p.fqdn(), p) == null, "fqdn", "unique", p.fqdn() + " is listed twice");
      c.require(p.site() != null && sites.contains(TopologyRepository.key(p.site())), "site", "site-exists",
          "site " + p.site() + " does not exist");
      c.require(!p.members().isEmpty(), "members", "required", "a pool needs at least one member server");
      p.members().forEach(m -> c.fqdn(m, "members", false));
      c.range(p.externalPort(), 1, 65_535, "externalPort").range(p.internalPort(), 1, 65_535, "internalPort");
      c.require(p.externalPort() != p.internalPort(), "internalPort", "distinct-ports",
          "the internal gateway port must differ from the external S2S port");
      all.addAll(c.problems());
    }
    Set<String> routed = new HashSet<>();
    for (XmppFederationRoute r : t.routes()) {
      Checks c = new Checks("xmpp-federation-route " + r.site());
      c.require(r.site() != null && sites.contains(TopologyRepository.key(r.site())), "site", "site-exists",
          "site " + r.site() + " does not exist");
      c.require(r.site() == null || routed.add(TopologyRepository.key(r.site())), "site", "unique",
          "site " + r.site() + " has more than one XMPP federation route");
      EdgePool pool = r.pool() == null ? null : pools.get(r.pool());
      c.require(pool != null, "pool", "pool-exists", "edge pool " + r.pool() + " does not exist");
      if (pool != null) {
        c.require(pool.xmppFederationEnabled(), "pool", "xmpp-federation-enabled",
            "edge pool " + r.pool() + " does not have XMPP federation enabled; only such a pool may carry a route");
      }
      all.addAll(c.problems());
    }
    return all.problems();
  }
}
