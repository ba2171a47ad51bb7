package org.bridgehead.management.store;

import java.util.List;
import java.util.Optional;
import org.bridgehead.management.model.AllowedSipDomain;
import org.bridgehead.management.model.BlockedSipDomain;
import org.bridgehead.management.model.VerificationLevel;
import org.jdbi.v3.core.Handle;

/** Allowed and blocked SIP federated domains, one table so that a domain is in one list at most. */
public final class SipDomainRepository {
  public static final String ALLOWED = "ALLOWED";
  public static final String BLOCKED = "BLOCKED";

  public List<AllowedSipDomain> allowed(Handle h) {
    return h.createQuery("SELECT * FROM sip_domain WHERE list_kind = 'ALLOWED' ORDER BY domain")
        .map((rs, ctx) -> new AllowedSipDomain(rs.getString("domain"), rs.getString("proxy_fqdn"),
            VerificationLevel.valueOf(rs.getString("verification_level")), rs.getString("comment"),
            rs.getLong("version"))).list();
  }

  public List<BlockedSipDomain> blocked(Handle h) {
    return h.createQuery("SELECT * FROM sip_domain WHERE list_kind = 'BLOCKED' ORDER BY domain")
        .map((rs, ctx) -> new BlockedSipDomain(rs.getString("domain"), rs.getString("comment"), rs.getLong("version")))
        .list();
  }

  /** Which list the domain is on, if any, and at which version. */
  public Optional<Listing> listing(Handle h, String domain) {
    return h.createQuery("SELECT list_kind, version FROM sip_domain WHERE domain = :d").bind("d", domain)
        .map((rs, ctx) -> new Listing(rs.getString("list_kind"), rs.getLong("version"))).findOne();
  }

  public record Listing(String list, long version) {}

  public void insertAllowed(Handle h, AllowedSipDomain d) {
    h.createUpdate("INSERT INTO sip_domain (domain, list_kind, proxy_fqdn, verification_level, comment, version)"
            + " VALUES (:d, 'ALLOWED', :proxy, :level, :comment, 1)")
        .bind("d", d.domain()).bind("proxy", d.proxyFqdn()).bind("level", d.verificationLevel().name())
        .bind("comment", d.comment()).execute();
  }

  public void updateAllowed(Handle h, AllowedSipDomain d, long expected) {
    int rows = h.createUpdate("UPDATE sip_domain SET proxy_fqdn = :proxy, verification_level = :level,"
            + " comment = :comment, version = version + 1 WHERE domain = :d AND list_kind = 'ALLOWED' AND version = :v")
        .bind("d", d.domain()).bind("proxy", d.proxyFqdn()).bind("level", d.verificationLevel().name())
        .bind("comment", d.comment()).bind("v", expected).execute();
    Versions.hit(rows, "allowed-domain", d.domain(), expected);
  }

  public void insertBlocked(Handle h, BlockedSipDomain d) {
    h.createUpdate("INSERT INTO sip_domain (domain, list_kind, comment, version) VALUES (:d, 'BLOCKED', :comment, 1)")
        .bind("d", d.domain()).bind("comment", d.comment()).execute();
  }

  public void updateBlocked(Handle h, BlockedSipDomain d, long expected) {
    int rows = h.createUpdate("UPDATE sip_domain SET comment = :comment, version = version + 1"
            + " WHERE domain = :d AND list_kind = 'BLOCKED' AND version = :v")
        .bind("d", d.domain()).bind("comment", d.comment()).bind("v", expected).execute();
    Versions.hit(rows, "blocked-domain", d.domain(), expected);
  }

  public void delete(Handle h, String domain) {
    h.createUpdate("DELETE FROM sip_domain WHERE domain = :d").bind("d", domain).execute();
  }
}
