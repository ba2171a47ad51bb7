package org.bridgehead.management.store;

import java.nio.file.Path;

/** Where the management store lives: embedded H2 under the node's data directory, or a PostgreSQL server. */
public sealed interface StoreLocation {

  /** The JDBC URL to connect to. */
  String jdbcUrl();

  String user();

  String password();

  static StoreLocation embedded(Path dataDir) { return new Embedded(dataDir); }

  static StoreLocation jdbc(String url, String user, String password) { return new Jdbc(url, user, password); }

  /** H2 file database {@code dataDir/bridgehead.mv.db}; no server to install. */
  record Embedded(Path dataDir) implements StoreLocation {
    @Override
    public String jdbcUrl() {
      // PostgreSQL mode so that one set of migrations serves both; LOCK_TIMEOUT above H2's 1 s default
      // because writers queue on the change counter row.
      return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("bridgehead")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    }

    @Override
    public String user() { return "bridgehead"; }

    @Override
    public String password() { return ""; }
  }

  /** A PostgreSQL (15+) database, e.g. {@code jdbc:postgresql://db.example:5432/bridgehead}. */
  record Jdbc(String url, String user, String password) implements StoreLocation {
    @Override
    public String jdbcUrl() { return url; }

    @Override
    public String toString() { return "Jdbc[url=" + url + ", user=" + user + "]"; } // never the password
  }
}
