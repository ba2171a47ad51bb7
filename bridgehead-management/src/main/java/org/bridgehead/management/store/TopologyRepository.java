package org.bridgehead.management.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.XmppFederationRoute;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Sites, edge pools and XMPP federation routes. Sites are keyed case-insensitively. */
public final class TopologyRepository {
  private static final RowMapper<Site> SITE = (rs, ctx) ->
      new Site(rs.getString("name"), rs.getString("description"), rs.getLong("version"));
  private static final String POOLS = "SELECT p.*, s.name AS site_name FROM edge_pool p JOIN site s ON s.site_key = p.site_key";
  private static final RowMapper<EdgePool> POOL = (rs, ctx) -> new EdgePool(rs.getString("fqdn"),
      rs.getString("site_name"), members(rs.getString("members")), rs.getInt("external_port"),
      rs.getInt("internal_port"), rs.getBoolean("xmpp_federation_enabled"), rs.getLong("version"));
  private static final String ROUTES =
      "SELECT s.name AS site_name, r.pool_fqdn, r.version FROM xmpp_federation_route r JOIN site s ON s.site_key = r.site_key";
  private static final RowMapper<XmppFederationRoute> ROUTE = (rs, ctx) ->
      new XmppFederationRoute(rs.getString("site_name"), rs.getString("pool_fqdn"), rs.getLong("version"));

  public static String key(String site) { return UserRepository.key(site); }

  public List<Site> sites(Handle h) { return h.createQuery("SELECT * FROM site ORDER BY site_key").map(SITE).list(); }

  public Optional<Site> site(Handle h, String name) {
    return h.createQuery("SELECT * FROM site WHERE site_key = :k").bind("k", key(name)).map(SITE).findOne();
  }

  public void insertSite(Handle h, Site s) {
    h.createUpdate("INSERT INTO site (site_key, name, description, version) VALUES (:k, :name, :d, 1)")
        .bind("k", key(s.name())).bind("name", s.name().strip()).bind("d", s.description()).execute();
  }

  public void updateSite(Handle h, Site s, long expected) {
    int rows = h.createUpdate("UPDATE site SET description = :d, version = version + 1 WHERE site_key = :k AND version = :v")
        .bind("k", key(s.name())).bind("d", s.description()).bind("v", expected).execute();
    Versions.hit(rows, "site", s.name(), expected);
  }

  public void deleteSite(Handle h, String name) {
    h.createUpdate("DELETE FROM site WHERE site_key = :k").bind("k", key(name)).execute();
  }

  public List<EdgePool> pools(Handle h) { return h.createQuery(POOLS + " ORDER BY p.fqdn").map(POOL).list(); }

  public Optional<EdgePool> pool(Handle h, String fqdn) {
    return h.createQuery(POOLS + " WHERE p.fqdn = :f").bind("f", fqdn).map(POOL).findOne();
  }

  public void insertPool(Handle h, EdgePool p) {
    h.createUpdate("INSERT INTO edge_pool (fqdn, site_key, members, external_port, internal_port,"
            + " xmpp_federation_enabled, version) VALUES (:f, :site, :members, :ext, :int, :xmpp, 1)")
        .bind("f", p.fqdn()).bind("site", key(p.site())).bind("members", String.join(",", p.members()))
        .bind("ext", p.externalPort()).bind("int", p.internalPort()).bind("xmpp", p.xmppFederationEnabled()).execute();
  }

  public void updatePool(Handle h, EdgePool p, long expected) {
    int rows = h.createUpdate("UPDATE edge_pool SET site_key = :site, members = :members, external_port = :ext,"
            + " internal_port = :int, xmpp_federation_enabled = :xmpp, version = version + 1"
            + " WHERE fqdn = :f AND version = :v")
        .bind("f", p.fqdn()).bind("site", key(p.site())).bind("members", String.join(",", p.members()))
        .bind("ext", p.externalPort()).bind("int", p.internalPort()).bind("xmpp", p.xmppFederationEnabled())
        .bind("v", expected).execute();
    Versions.hit(rows, "edge-pool", p.fqdn(), expected);
  }

  public void deletePool(Handle h, String fqdn) {
    h.createUpdate("DELETE FROM edge_pool WHERE fqdn = :f").bind("f", fqdn).execute();
  }

  public List<XmppFederationRoute> routes(Handle h) {
    return h.createQuery(ROUTES + " ORDER BY r.site_key").map(ROUTE).list();
  }

  public Optional<XmppFederationRoute> route(Handle h, String site) {
    return h.createQuery(ROUTES + " WHERE r.site_key = :k").bind("k", key(site)).map(ROUTE).findOne();
  }

  public void insertRoute(Handle h, XmppFederationRoute r) {
    h.createUpdate("INSERT INTO xmpp_federation_route (site_key, pool_fqdn, version) VALUES (:k, :p, 1)")
        .bind("k", key(r.site())).bind("p", r.pool()).execute();
  }

  public void updateRoute(Handle h, XmppFederationRoute r, long expected) {
    int rows = h.createUpdate("UPDATE xmpp_federation_route SET pool_fqdn = :p, version = version + 1"
        + " WHERE site_key = :k AND version = :v").bind("k", key(r.site())).bind("p", r.pool()).bind("v", expected)
        .execute();
    Versions.hit(rows, "xmpp-federation-route", r.site(), expected);
  }

  public void deleteRoute(Handle h, String site) {
    h.createUpdate("DELETE FROM xmpp_federation_route WHERE site_key = :k").bind("k", key(site)).execute();
  }

  private static List<String> members(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
