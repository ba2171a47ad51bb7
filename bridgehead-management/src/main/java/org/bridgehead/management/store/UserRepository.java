package org.bridgehead.management.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.service.UserSecrets;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Local users. Site and policy are stored as keys and shown by their display names. */
public final class UserRepository {
  private static final String SELECT = "SELECT u.sip_uri, u.display_name, s.name AS site_name, p.name AS policy_name,"
      + " u.password_hash IS NOT NULL AS has_password, u.version FROM local_user u"
      + " LEFT JOIN site s ON s.site_key = u.site_key LEFT JOIN external_access_policy p ON p.policy_key = u.policy_key";
  private static final RowMapper<LocalUser> MAPPER = (rs, ctx) -> new LocalUser(rs.getString("sip_uri"),
      rs.getString("display_name"), rs.getString("site_name"), rs.getString("policy_name"),
      rs.getBoolean("has_password"), rs.getLong("version"));

  public List<LocalUser> list(Handle h) { return h.createQuery(SELECT + " ORDER BY u.sip_uri").map(MAPPER).list(); }

  public Optional<LocalUser> find(Handle h, String sipUri) {
    return h.createQuery(SELECT + " WHERE u.sip_uri = :u").bind("u", sipUri).map(MAPPER).findOne();
  }

  public Optional<String> passwordHash(Handle h, String sipUri) {
    return h.createQuery("SELECT password_hash FROM local_user WHERE sip_uri = :u").bind("u", sipUri)
        .mapTo(String.class).findOne();
  }

  public int countWithPolicy(Handle h, String policyKey) {
    return h.createQuery("SELECT COUNT(*) FROM local_user WHERE policy_key = :k").bind("k", policyKey)
        .mapTo(Integer.class).one();
  }

  public int countInSite(Handle h, String siteKey) {
    return h.createQuery("SELECT COUNT(*) FROM local_user WHERE site_key = :k").bind("k", siteKey)
        .mapTo(Integer.class).one();
  }

  /** The digest HA1 of a user for {@code algorithm} ("MD5" or "SHA-256"), when one is stored. */
  public Optional<String> digest(Handle h, String sipUri, String algorithm) {
    String column = switch (algorithm) {
      case "MD5" -> "digest_md5";
      case "SHA-256" -> "digest_sha256";
      default -> throw new IllegalArgumentException("unsupported digest algorithm " + algorithm);
    };
    return h.createQuery("SELECT " + column + " FROM local_user WHERE sip_uri = :u").bind("u", sipUri)
        .mapTo(String.class).findOne().filter(d -> d != null);
  }

  public void insert(Handle h, LocalUser u, UserSecrets secrets) {
    h.createUpdate("INSERT INTO local_user (sip_uri, display_name, site_key, policy_key, password_hash, digest_md5,"
            + " digest_sha256, version) VALUES (:u, :name, :site, :policy, :hash, :md5, :sha256, 1)")
        .bind("u", u.sipUri()).bind("name", u.displayName()).bind("site", key(u.site()))
        .bind("policy", u.policy() == null ? null : "tag:" + key(u.policy())).bind("hash", secrets.passwordHash())
        .bind("md5", secrets.digestMd5()).bind("sha256", secrets.digestSha256()).execute();
  }

  /** Replaces display name, site and policy; the password hash is kept. */
  public void update(Handle h, LocalUser u, long expected) {
    int rows = h.createUpdate("UPDATE local_user SET display_name = :name, site_key = :site, policy_key = :policy,"
            + " version = version + 1 WHERE sip_uri = :u AND version = :v")
        .bind("u", u.sipUri()).bind("name", u.displayName()).bind("site", key(u.site()))
        .bind("policy", u.policy() == null ? null : "tag:" + key(u.policy())).bind("v", expected).execute();
    Versions.hit(rows, "user", u.sipUri(), expected);
  }

  public void setSecrets(Handle h, String sipUri, UserSecrets secrets, long expected) {
    int rows = h.createUpdate("UPDATE local_user SET password_hash = :hash, digest_md5 = :md5, digest_sha256 = :sha256,"
            + " version = version + 1 WHERE sip_uri = :u AND version = :v").bind("u", sipUri)
        .bind("hash", secrets.passwordHash()).bind("md5", secrets.digestMd5()).bind("sha256", secrets.digestSha256())
        .bind("v", expected).execute();
    Versions.hit(rows, "user", sipUri, expected);
  }

  public void delete(Handle h, String sipUri) {
    h.createUpdate("DELETE FROM local_user WHERE sip_uri = :u").bind("u", sipUri).execute();
  }

  static String key(String name) { return name == null ? null : name.strip().toLowerCase(Locale.ROOT); }
}
