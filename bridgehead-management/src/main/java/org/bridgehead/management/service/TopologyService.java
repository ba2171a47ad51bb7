package org.bridgehead.management.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.TopologyRepository;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.topology.TopologyFiles;
import org.bridgehead.management.topology.TopologyWriter;

/**
 * Sites, edge pools and XMPP federation routes (Topology Builder's part), and topology files. Each change
 * is applied to the whole stored topology and the result validated as a whole, like a publish.
 */
public final class TopologyService {
  private final ManagementStore store;
  private final TopologyRepository repo = new TopologyRepository();
  private final TopologyWriter writer = new TopologyWriter();

  TopologyService(ManagementStore store) { this.store = store; }

  public Topology topology() {
    return store.read(h -> new Topology(repo.sites(h), repo.pools(h), repo.routes(h)));
  }

  public List<Site> getSites(String filter) {
    return topology().sites().stream().filter(s -> Glob.matches(filter, s.name())).toList();
  }

  public List<EdgePool> getPools(String filter) {
    return topology().pools().stream().filter(p -> Glob.matches(filter, p.fqdn())).toList();
  }

  public List<XmppFederationRoute> getRoutes(String filter) {
    return topology().routes().stream().filter(r -> Glob.matches(filter, r.site())).toList();
  }

  public Site createSite(Site site, String actor) {
    return change(actor, t -> with(t, plus(t.sites(), site.withVersion(0)), t.pools(), t.routes()))
        .sites().stream().filter(s -> same(s.name(), site.name())).findFirst().orElseThrow();
  }

  /** {@code site.version()} is the expected version. */
  public Site updateSite(Site site, String actor) {
    return change(actor, t -> {
      List<Site> sites = replace(t.sites(), s -> same(s.name(), site.name()), site, "site", site.name(), Site::version);
      return with(t, sites, t.pools(), t.routes());
    }).sites().stream().filter(s -> same(s.name(), site.name())).findFirst().orElseThrow();
  }

  /** Refused while the site has pools, a route, a site policy or users. */
  public void removeSite(String name, long expectedVersion, String actor) {
    change(actor, t -> with(t, without(t.sites(), s -> same(s.name(), name), "site", name, Site::version,
        expectedVersion), t.pools(), t.routes()));
  }

  public EdgePool createPool(EdgePool pool, String actor) {
    return findPool(change(actor, t -> with(t, t.sites(), plus(t.pools(), pool.withVersion(0)), t.routes())), pool);
  }

  /** {@code pool.version()} is the expected version; XMPP federation cannot be turned off while a route uses the pool. */
  public EdgePool updatePool(EdgePool pool, String actor) {
    return findPool(change(actor, t -> with(t, t.sites(), replace(t.pools(), p -> same(p.fqdn(), pool.fqdn()), pool,
        "edge-pool", pool.fqdn(), EdgePool::version), t.routes())), pool);
  }

  public void removePool(String fqdn, long expectedVersion, String actor) {
    change(actor, t -> with(t, t.sites(), without(t.pools(), p -> same(p.fqdn(), fqdn), "edge-pool", fqdn,
        EdgePool::version, expectedVersion), t.routes()));
  }

  /**
   * Sets a site's XMPP federation route ({@code Set-CsSite}'s federation route assignment). Use version 0
   * for a site that has none yet. Only a pool with XMPP federation enabled may be chosen.
   */
  public XmppFederationRoute setRoute(String site, String poolFqdn, long expectedVersion, String actor) {
    XmppFederationRoute wanted = new XmppFederationRoute(site, poolFqdn, expectedVersion);
    Topology after = change(actor, t -> {
      Optional<XmppFederationRoute> old = t.routes().stream().filter(r -> same(r.site(), site)).findFirst();
      List<XmppFederationRoute> routes = old.isEmpty() && expectedVersion == 0 ? plus(t.routes(), wanted)
          : replace(t.routes(), r -> same(r.site(), site), wanted, "xmpp-federation-route", site,
              XmppFederationRoute::version);
      return with(t, t.sites(), t.pools(), routes);
    });
    return after.routes().stream().filter(r -> same(r.site(), site)).findFirst().orElseThrow();
  }

  public void removeRoute(String site, long expectedVersion, String actor) {
    change(actor, t -> with(t, t.sites(), t.pools(), without(t.routes(), r -> same(r.site(), site),
        "xmpp-federation-route", site, XmppFederationRoute::version, expectedVersion)));
  }

  /** Writes the stored topology, with versions, to a JSON or YAML file (by extension). */
  public Topology exportTopology(Path file) {
    Topology t = topology();
    TopologyFiles.write(t, file);
    return t;
  }

  /**
   * Makes the file's topology the stored one, all or nothing: validated as a whole first; objects in both
   * must carry the stored version (export, edit, publish), new ones version 0; objects not in the file are
   * removed.
   */
  public Topology publishTopology(Path file, String actor) {
    return publishTopology(TopologyFiles.read(file), actor);
  }

  /** {@link #publishTopology(Path, String)} for a topology already read (the HTTP API's PUT). */
  public Topology publishTopology(Topology wanted, String actor) {
    return store.write(actor, tx -> writer.apply(tx, wanted));
  }

  private Topology change(String actor, UnaryOperator<Topology> edit) {
    return store.write(actor, tx -> writer.apply(tx, edit.apply(writer.current(tx))));
  }

  private static Topology with(Topology t, List<Site> s, List<EdgePool> p, List<XmppFederationRoute> r) {
    return new Topology(s, p, r);
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  private static <T> List<T> replace(List<T> list, java.util.function.Predicate<T> match, T item, String type,
      String id, java.util.function.ToLongFunction<T> version) {
    Optional<T> old = list.stream().filter(match).findFirst();
    Versions.expect(type, id, old.map(version::applyAsLong).orElse(null), version.applyAsLong(item));
    return list.stream().map(x -> match.test(x) ? item : x).toList();
  }

  private static <T> List<T> without(List<T> list, java.util.function.Predicate<T> match, String type, String id,
      java.util.function.ToLongFunction<T> version, long expected) {
    Optional<T> old = list.stream().filter(match).findFirst();
    Versions.expect(type, id, old.map(version::applyAsLong).orElse(null), expected);
    return list.stream().filter(match.negate()).toList();
  }

  private static EdgePool findPool(Topology t, EdgePool pool) {
    return t.pools().stream().filter(p -> same(p.fqdn(), pool.fqdn())).findFirst().orElseThrow();
  }

  private static boolean same(String a, String b) { return a != null && b != null && a.strip().equalsIgnoreCase(b.strip()); }
}
