package org.bridgehead.management.store;

import org.bridgehead.management.json.Json;
import org.bridgehead.management.model.Versioned;
import org.jdbi.v3.core.Handle;

/** Global singleton settings stored as JSON rows (seeded by the migration; a NULL body means defaults). */
public final class SettingsRepository {

  public <T> Versioned<T> get(Handle h, String name, Class<T> type, T defaults) {
    return h.createQuery("SELECT body, version FROM global_setting WHERE name = :n").bind("n", name)
        .map((rs, ctx) -> {
          String body = rs.getString("body");
          return new Versioned<>(body == null ? defaults : Json.read(body, type), rs.getLong("version"));
        }).one();
  }

  /** Stores {@code value} (null resets to defaults). */
  public void set(Handle h, String name, Object value, long expected) {
    int rows = h.createUpdate("UPDATE global_setting SET body = :body, version = version + 1"
        + " WHERE name = :n AND version = :v").bind("n", name).bind("body", Json.write(value)).bind("v", expected)
        .execute();
    Versions.hit(rows, name, "global", expected);
  }
}
