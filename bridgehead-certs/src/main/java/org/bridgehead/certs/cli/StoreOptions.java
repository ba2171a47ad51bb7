package org.bridgehead.certs.cli;

import java.nio.file.Path;
import org.bridgehead.certs.AssignedCertificates;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.store.StoreSecret;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.StoreLocation;
import picocli.CommandLine.Option;

/** Where the store and the node's files are, as {@code bridgehead run} names them. */
public final class StoreOptions {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "The node's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "PostgreSQL store (password from BRIDGEHEAD_JDBC_PASSWORD); default: embedded under --data-dir.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "bridgehead", description = "PostgreSQL user (default: ${DEFAULT-VALUE}).")
  String jdbcUser;

  @Option(names = "--key-secret", paramLabel = "FILE",
      description = "Secret the stored keys are encrypted with (default: DIR/secrets/certificate-key.secret; every node of a pool needs the same).")
  Path keySecret;

  ManagementStore open() {
    return ManagementStore.open(jdbcUrl != null
        ? StoreLocation.jdbc(jdbcUrl, jdbcUser, System.getenv().getOrDefault("BRIDGEHEAD_JDBC_PASSWORD", ""))
        : StoreLocation.embedded(dataDir));
  }

  CertificateWizard wizard(ManagementStore store) {
    return new CertificateWizard(store, new StoreSecret(keySecret != null ? keySecret : StoreSecret.defaultFile(dataDir)),
        new AssignedCertificates(dataDir), java.time.Clock.systemUTC());
  }
}
