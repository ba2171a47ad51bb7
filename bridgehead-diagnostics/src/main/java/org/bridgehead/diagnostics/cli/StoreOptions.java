package org.bridgehead.diagnostics.cli;

import java.nio.file.Path;
import org.bridgehead.management.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where the node's store is, with the same flags and defaults as {@code bridgehead run}. */
public final class StoreOptions {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "The node's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "PostgreSQL store (password from BRIDGEHEAD_JDBC_PASSWORD); default: embedded under --data-dir.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "bridgehead",
      description = "PostgreSQL user (default: ${DEFAULT-VALUE}).")
  String jdbcUser;

  public StoreLocation location() {
    return jdbcUrl != null
        ? StoreLocation.jdbc(jdbcUrl, jdbcUser, System.getenv().getOrDefault("BRIDGEHEAD_JDBC_PASSWORD", ""))
        : StoreLocation.embedded(dataDir);
  }
}
