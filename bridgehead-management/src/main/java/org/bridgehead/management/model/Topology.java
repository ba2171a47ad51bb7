package org.bridgehead.management.model;

import java.util.List;

/** Sites, pools and routes: what Topology Builder publishes, exported and published as one file. */
public record Topology(List<Site> sites, List<EdgePool> pools, List<XmppFederationRoute> routes) {

  public Topology {
    sites = sites == null ? List.of() : List.copyOf(sites);
    pools = pools == null ? List.of() : List.copyOf(pools);
    routes = routes == null ? List.of() : List.copyOf(routes);
  }
}
