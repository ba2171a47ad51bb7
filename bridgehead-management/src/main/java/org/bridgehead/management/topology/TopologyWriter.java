package org.bridgehead.management.topology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;
import org.bridgehead.management.store.PolicyRepository;
import org.bridgehead.management.store.TopologyRepository;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.UserRepository;
import org.bridgehead.management.validation.Checks;
import org.bridgehead.management.validation.StaleUpdateException;

/**
 * Turns the stored topology into a wanted one inside a transaction: validates the wanted topology as a
 * whole, checks versions, then writes only the differences, each audited.
 */
public final class TopologyWriter {
  private final TopologyRepository repo = new TopologyRepository();
  private final UserRepository users = new UserRepository();
  private final PolicyRepository policies = new PolicyRepository();

  public Topology current(Tx tx) {
    return new Topology(repo.sites(tx.handle()), repo.pools(tx.handle()), repo.routes(tx.handle()));
  }

  /**
   * Applies {@code wanted}. Objects present in both must carry the stored version and new ones version 0,
   * otherwise {@link StaleUpdateException}; objects absent from {@code wanted} are removed.
   */
  public Topology apply(Tx tx, Topology requested) {
    Topology wanted = lowerCaseHosts(requested);
    Topology before = current(tx);
    Checks checks = new Checks("topology").addAll(TopologyRules.validate(wanted));
    checks.throwIfAny();
    Map<String, Site> oldSites = index(before.sites(), s -> TopologyRepository.key(s.name()));
    Map<String, EdgePool> oldPools = index(before.pools(), EdgePool::fqdn);
    Map<String, XmppFederationRoute> oldRoutes = index(before.routes(), r -> TopologyRepository.key(r.site()));
    Map<String, Site> newSites = index(wanted.sites(), s -> TopologyRepository.key(s.name()));
    Map<String, EdgePool> newPools = index(wanted.pools(), EdgePool::fqdn);
    Map<String, XmppFederationRoute> newRoutes = index(wanted.routes(), r -> TopologyRepository.key(r.site()));
    for (String gone : oldSites.keySet()) {
      if (newSites.containsKey(gone)) continue;
      int n = users.countInSite(tx.handle(), gone);
      String name = oldSites.get(gone).name();
      checks.require(n == 0, "sites", "in-use", "site " + name + " has " + n + " user(s)");
      checks.require(policies.find(tx.handle(), PolicyIdentity.site(name)).isEmpty(), "sites", "in-use",
          "site " + name + " has an external access policy; remove it first");
    }
    checks.throwIfAny();
    // Versions first, so that a stale file writes nothing at all.
    newSites.forEach((k, s) -> expect("site", s.name(), Optional.ofNullable(oldSites.get(k)).map(Site::version), s.version()));
    newPools.forEach((k, p) -> expect("edge-pool", k, Optional.ofNullable(oldPools.get(k)).map(EdgePool::version), p.version()));
    newRoutes.forEach((k, r) -> expect("xmpp-federation-route", r.site(),
        Optional.ofNullable(oldRoutes.get(k)).map(XmppFederationRoute::version), r.version()));
    // Order keeps foreign keys valid: upsert sites, pools, routes; then remove routes, pools, sites.
    newSites.forEach((k, s) -> upsert(tx, "site", s.name(), oldSites.get(k), s, s.withVersion(0),
        o -> o.withVersion(0), () -> repo.insertSite(tx.handle(), s), () -> repo.updateSite(tx.handle(), s, s.version())));
    newPools.forEach((k, p) -> upsert(tx, "edge-pool", k, oldPools.get(k), p, p.withVersion(0), o -> o.withVersion(0),
        () -> repo.insertPool(tx.handle(), p), () -> repo.updatePool(tx.handle(), p, p.version())));
    newRoutes.forEach((k, r) -> upsert(tx, "xmpp-federation-route", r.site(), oldRoutes.get(k), r, r.withVersion(0),
        o -> o.withVersion(0), () -> repo.insertRoute(tx.handle(), r), () -> repo.updateRoute(tx.handle(), r, r.version())));
    oldRoutes.forEach((k, r) -> {
      if (!newRoutes.containsKey(k)) {
        repo.deleteRoute(tx.handle(), r.site());
        tx.audit("xmpp-federation-route", r.site(), ChangeAction.REMOVE, r, null);
      }
    });
    oldPools.forEach((k, p) -> {
      if (!newPools.containsKey(k)) {
        repo.deletePool(tx.handle(), k);
        tx.audit("edge-pool", k, ChangeAction.REMOVE, p, null);
      }
    });
    oldSites.forEach((k, s) -> {
      if (!newSites.containsKey(k)) {
        repo.deleteSite(tx.handle(), s.name());
        tx.audit("site", s.name(), ChangeAction.REMOVE, s, null);
      }
    });
    return current(tx);
  }

  /** Host names compare case-insensitively, so they are stored lower-case. */
  private static Topology lowerCaseHosts(Topology t) {
    return new Topology(t.sites(), t.pools().stream().map(p -> new EdgePool(lower(p.fqdn()), p.site(),
        p.members().stream().map(TopologyWriter::lower).toList(), p.externalPort(), p.internalPort(),
        p.xmppFederationEnabled(), p.version())).toList(),
        t.routes().stream().map(r -> new XmppFederationRoute(r.site(), lower(r.pool()), r.version())).toList());
  }

  private static String lower(String s) { return s == null ? null : s.strip().toLowerCase(java.util.Locale.ROOT); }

  private static void expect(String type, String id, Optional<Long> stored, long wanted) {
    long actual = stored.orElse(0L);
    if (actual != wanted) throw new StaleUpdateException(type, id, wanted, actual);
  }

  /** Inserts a new object or updates a changed one (compared without versions), auditing either. */
  private static <T> void upsert(Tx tx, String type, String id, T old, T wanted, T wantedBare,
      Function<T, T> bare, Runnable insert, Runnable update) {
    if (old == null) {
      insert.run();
      tx.audit(type, id, ChangeAction.NEW, null, wantedBare);
    } else if (!bare.apply(old).equals(wantedBare)) {
      update.run();
      tx.audit(type, id, ChangeAction.SET, old, wantedBare); // topology audit rows show contents, not versions
    }
  }

  private static <T> Map<String, T> index(List<T> list, Function<T, String> key) {
    return list.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
