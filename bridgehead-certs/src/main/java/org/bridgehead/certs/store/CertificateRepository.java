package org.bridgehead.certs.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.certs.Usage;
import org.bridgehead.certs.request.KeyType;
import org.bridgehead.management.store.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Tables {@code certificate} and {@code certificate_assignment} (migration V7). */
public final class CertificateRepository {
  private static final RowMapper<CertificateRecord> MAPPER = (rs, ctx) -> new CertificateRecord(rs.getString("name"),
      KeyType.valueOf(rs.getString("key_type")), rs.getBoolean("exportable"), rs.getString("subject"),
      split(rs.getString("sans")), split(rs.getString("xmpp_domains")), CertificateState.valueOf(rs.getString("state")),
      rs.getString("thumbprint"), instant(rs.getObject("not_before", OffsetDateTime.class)),
      instant(rs.getObject("not_after", OffsetDateTime.class)),
      instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getLong("version"));

  public static String key(String name) { return name.strip().toLowerCase(Locale.ROOT); }

  public List<CertificateRecord> list(Handle h) {
    return h.createQuery("SELECT * FROM certificate ORDER BY name_key").map(MAPPER).list();
  }

  public Optional<CertificateRecord> find(Handle h, String name) {
    return h.createQuery("SELECT * FROM certificate WHERE name_key = :k").bind("k", key(name)).map(MAPPER).findOne();
  }

  public String encryptedKey(Handle h, String name) {
    return h.createQuery("SELECT encrypted_key FROM certificate WHERE name_key = :k").bind("k", key(name))
        .mapTo(String.class).one();
  }

  public String csrPem(Handle h, String name) {
    return h.createQuery("SELECT csr_pem FROM certificate WHERE name_key = :k").bind("k", key(name))
        .mapTo(String.class).one();
  }

  public Optional<String> chainPem(Handle h, String name) {
    return h.createQuery("SELECT chain_pem FROM certificate WHERE name_key = :k").bind("k", key(name))
        .mapTo(String.class).findOne();
  }

  public void insert(Handle h, CertificateRecord r, String encryptedKey, String csrPem) {
    h.createUpdate("INSERT INTO certificate (name_key, name, key_type, exportable, subject, sans, xmpp_domains, state,"
            + " encrypted_key, csr_pem, created_at, version) VALUES (:k, :name, :type, :exp, :subject, :sans, :xmpp,"
            + " :state, :key, :csr, :created, 1)")
        .bind("k", key(r.name())).bind("name", r.name().strip()).bind("type", r.keyType().name())
        .bind("exp", r.exportable()).bind("subject", r.subject()).bind("sans", String.join(",", r.sans()))
        .bind("xmpp", String.join(",", r.xmppDomains())).bind("state", r.state().name()).bind("key", encryptedKey).bind("csr", csrPem)
        .bind("created", odt(r.createdAt())).execute();
  }

  /** Records the issued chain; {@code expected} is the version read before the checks ran. */
  public void markIssued(Handle h, CertificateRecord issued, String chainPem, long expected) {
    int rows = h.createUpdate("UPDATE certificate SET state = :state, chain_pem = :chain, thumbprint = :tp,"
            + " not_before = :nb, not_after = :na, version = version + 1 WHERE name_key = :k AND version = :v")
        .bind("k", key(issued.name())).bind("state", issued.state().name()).bind("chain", chainPem)
        .bind("tp", issued.thumbprint()).bind("nb", odt(issued.notBefore())).bind("na", odt(issued.notAfter()))
        .bind("v", expected).execute();
    Versions.hit(rows, "certificate", issued.name(), expected);
  }

  public void delete(Handle h, String name) {
    h.createUpdate("DELETE FROM certificate_assignment WHERE name_key = :k").bind("k", key(name)).execute();
    h.createUpdate("DELETE FROM certificate WHERE name_key = :k").bind("k", key(name)).execute();
  }

  /** Which certificate (friendly name) serves each usage. */
  public Map<Usage, String> assignments(Handle h) {
    Map<Usage, String> out = new EnumMap<>(Usage.class);
    h.createQuery("SELECT a.cert_usage, c.name FROM certificate_assignment a JOIN certificate c ON c.name_key = a.name_key")
        .map((rs, ctx) -> Map.entry(Usage.valueOf(rs.getString(1)), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  public void assign(Handle h, Usage usage, String name, java.time.Instant at) {
    h.createUpdate("DELETE FROM certificate_assignment WHERE cert_usage = :u").bind("u", usage.name()).execute();
    h.createUpdate("INSERT INTO certificate_assignment (cert_usage, name_key, assigned_at) VALUES (:u, :k, :at)")
        .bind("u", usage.name()).bind("k", key(name)).bind("at", odt(at)).execute();
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
  }

  private static java.time.Instant instant(OffsetDateTime t) { return t == null ? null : t.toInstant(); }

  private static OffsetDateTime odt(java.time.Instant i) { return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC); }
}
