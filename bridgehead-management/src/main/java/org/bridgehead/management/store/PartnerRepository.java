package org.bridgehead.management.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.model.Versioned;
import org.jdbi.v3.core.Handle;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** XMPP partners and the domain ownership table. */
public final class PartnerRepository {

  public List<Versioned<XmppPartner>> list(Handle h) { return query(h, ""); }

  public Optional<Versioned<XmppPartner>> find(Handle h, DomainBareJid primary) {
    return query(h, " WHERE p.primary_domain = :d", primary.toString()).stream().findFirst();
  }

  /** The primary domain of the partner that holds {@code domain}, primary or additional. */
  public Optional<String> ownerOf(Handle h, String domain) {
    return h.createQuery("SELECT partner FROM xmpp_partner_domain WHERE domain = :d").bind("d", domain)
        .mapTo(String.class).findOne();
  }

  public void insert(Handle h, XmppPartner p) {
    h.createUpdate("INSERT INTO xmpp_partner (primary_domain, description, partner_type, tls, sasl, dialback,"
            + " proxy_fqdn, keep_alive, connection_limit, version) VALUES (:d, :description, :type, :tls, :sasl,"
            + " :dialback, :proxy, :keepAlive, :limit, 1)")
        .bind("d", p.primaryDomain().toString()).bind("description", p.description())
        .bind("type", p.partnerType().name()).bind("tls", p.tls().name()).bind("sasl", p.sasl().name())
        .bind("dialback", p.dialback()).bind("proxy", p.proxyFqdn()).bind("keepAlive", p.keepAlive())
        .bind("limit", p.connectionLimit().isPresent() ? p.connectionLimit().getAsInt() : null).execute();
    insertDomains(h, p);
  }

  public void update(Handle h, XmppPartner p, long expected) {
    int rows = h.createUpdate("UPDATE xmpp_partner SET description = :description, partner_type = :type, tls = :tls,"
            + " sasl = :sasl, dialback = :dialback, proxy_fqdn = :proxy, keep_alive = :keepAlive,"
            + " connection_limit = :limit, version = version + 1 WHERE primary_domain = :d AND version = :v")
        .bind("d", p.primaryDomain().toString()).bind("description", p.description())
        .bind("type", p.partnerType().name()).bind("tls", p.tls().name()).bind("sasl", p.sasl().name())
        .bind("dialback", p.dialback()).bind("proxy", p.proxyFqdn()).bind("keepAlive", p.keepAlive())
        .bind("limit", p.connectionLimit().isPresent() ? p.connectionLimit().getAsInt() : null)
        .bind("v", expected).execute();
    Versions.hit(rows, "xmpp-partner", p.primaryDomain().toString(), expected);
    h.createUpdate("DELETE FROM xmpp_partner_domain WHERE partner = :d").bind("d", p.primaryDomain().toString())
        .execute();
    insertDomains(h, p);
  }

  public void delete(Handle h, DomainBareJid primary) {
    h.createUpdate("DELETE FROM xmpp_partner_domain WHERE partner = :d").bind("d", primary.toString()).execute();
    h.createUpdate("DELETE FROM xmpp_partner WHERE primary_domain = :d").bind("d", primary.toString()).execute();
  }

  private void insertDomains(Handle h, XmppPartner p) {
    for (DomainBareJid d : p.domains()) {
      h.createUpdate("INSERT INTO xmpp_partner_domain (domain, partner, is_primary) VALUES (:d, :p, :primary)")
          .bind("d", d.toString()).bind("p", p.primaryDomain().toString())
          .bind("primary", d.equals(p.primaryDomain())).execute();
    }
  }

  private List<Versioned<XmppPartner>> query(Handle h, String where, String... arg) {
    Map<String, List<String>> extra = new HashMap<>();
    var dq = h.createQuery("SELECT domain, partner FROM xmpp_partner_domain WHERE NOT is_primary");
    dq.map((rs, ctx) -> Map.entry(rs.getString("partner"), rs.getString("domain"))).forEach(
        e -> extra.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    var q = h.createQuery("SELECT * FROM xmpp_partner p" + where + " ORDER BY p.primary_domain");
    if (arg.length > 0) q.bind("d", arg[0]);
    return q.map((rs, ctx) -> {
      String primary = rs.getString("primary_domain");
      Integer limit = rs.getObject("connection_limit", Integer.class);
      XmppPartner p = XmppPartner.builder(jid(primary)).description(rs.getString("description"))
          .additionalDomains(extra.getOrDefault(primary, List.of()).stream().map(PartnerRepository::jid)
              .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))
          .partnerType(PartnerType.valueOf(rs.getString("partner_type")))
          .tls(Negotiation.valueOf(rs.getString("tls"))).sasl(Negotiation.valueOf(rs.getString("sasl")))
          .dialback(rs.getBoolean("dialback")).proxyFqdn(rs.getString("proxy_fqdn"))
          .keepAlive(rs.getBoolean("keep_alive"))
          .connectionLimit(limit == null ? OptionalInt.empty() : OptionalInt.of(limit)).build();
      return new Versioned<>(p, rs.getLong("version"));
    }).list();
  }

  static DomainBareJid jid(String s) {
    try {
      return JidCreate.domainBareFrom(s);
    } catch (XmppStringprepException e) {
      throw new IllegalStateException("stored domain is not a domain: " + s, e);
    }
  }
}
