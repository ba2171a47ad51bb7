package org.bridgehead.management.store;

import java.util.List;
import java.util.Optional;
import org.bridgehead.management.model.PublicProvider;
import org.bridgehead.management.model.VerificationLevel;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Public IM providers, unique by case-insensitive name. */
public final class ProviderRepository {
  private static final RowMapper<PublicProvider> MAPPER = (rs, ctx) -> new PublicProvider(rs.getString("name"),
      rs.getString("proxy_fqdn"), rs.getBoolean("enabled"), VerificationLevel.valueOf(rs.getString("verification_level")),
      rs.getLong("version"));

  public List<PublicProvider> list(Handle h) {
    return h.createQuery("SELECT * FROM public_provider ORDER BY provider_key").map(MAPPER).list();
  }

  public Optional<PublicProvider> find(Handle h, String name) {
    return h.createQuery("SELECT * FROM public_provider WHERE provider_key = :k").bind("k", UserRepository.key(name))
        .map(MAPPER).findOne();
  }

  public void insert(Handle h, PublicProvider p) {
    h.createUpdate("INSERT INTO public_provider (provider_key, name, proxy_fqdn, enabled, verification_level, version)"
            + " VALUES (:k, :name, :proxy, :enabled, :level, 1)")
        .bind("k", UserRepository.key(p.name())).bind("name", p.name().strip()).bind("proxy", p.proxyFqdn())
        .bind("enabled", p.enabled()).bind("level", p.verificationLevel().name()).execute();
  }

  public void update(Handle h, PublicProvider p, long expected) {
    int rows = h.createUpdate("UPDATE public_provider SET proxy_fqdn = :proxy, enabled = :enabled,"
            + " verification_level = :level, version = version + 1 WHERE provider_key = :k AND version = :v")
        .bind("k", UserRepository.key(p.name())).bind("proxy", p.proxyFqdn()).bind("enabled", p.enabled())
        .bind("level", p.verificationLevel().name()).bind("v", expected).execute();
    Versions.hit(rows, "public-provider", p.name(), expected);
  }

  public void delete(Handle h, String name) {
    h.createUpdate("DELETE FROM public_provider WHERE provider_key = :k").bind("k", UserRepository.key(name)).execute();
  }
}
