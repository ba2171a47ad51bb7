package org.bridgehead.management.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.Administrator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Administrator accounts; names are unique ignoring case. */
public final class AdministratorRepository {
  private static final RowMapper<Administrator> MAPPER = (rs, ctx) -> new Administrator(rs.getString("name"),
      AdminRole.valueOf(rs.getString("role")), rs.getLong("version"));

  public static String key(String name) { return name.strip().toLowerCase(Locale.ROOT); }

  public List<Administrator> list(Handle h) {
    return h.createQuery("SELECT * FROM administrator ORDER BY name_key").map(MAPPER).list();
  }

  public Optional<Administrator> find(Handle h, String name) {
    return h.createQuery("SELECT * FROM administrator WHERE name_key = :k").bind("k", key(name)).map(MAPPER).findOne();
  }

  public Optional<String> passwordHash(Handle h, String name) {
    return h.createQuery("SELECT password_hash FROM administrator WHERE name_key = :k").bind("k", key(name))
        .mapTo(String.class).findOne();
  }

  public int countWithRole(Handle h, AdminRole role) {
    return h.createQuery("SELECT COUNT(*) FROM administrator WHERE role = :r").bind("r", role.name())
        .mapTo(Integer.class).one();
  }

  public void insert(Handle h, Administrator a, String passwordHash) {
    h.createUpdate("INSERT INTO administrator (name_key, name, role, password_hash, version)"
            + " VALUES (:k, :name, :role, :hash, 1)")
        .bind("k", key(a.name())).bind("name", a.name().strip()).bind("role", a.role().name())
        .bind("hash", passwordHash).execute();
  }

  /** Sets the role, and the password hash when {@code passwordHash} is not null. */
  public void update(Handle h, Administrator a, String passwordHash, long expected) {
    int rows = h.createUpdate("UPDATE administrator SET role = :role, password_hash = COALESCE(:hash, password_hash),"
            + " version = version + 1 WHERE name_key = :k AND version = :v")
        .bind("k", key(a.name())).bind("role", a.role().name()).bind("hash", passwordHash).bind("v", expected)
        .execute();
    Versions.hit(rows, "administrator", a.name(), expected);
  }

  public void delete(Handle h, String name) {
    h.createUpdate("DELETE FROM administrator WHERE name_key = :k").bind("k", key(name)).execute();
  }
}
