package org.bridgehead.management.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.bridgehead.management.store.StoreLocation;

/** The two stores every store test runs against. */
public enum StoreKind {
  H2 {
    @Override
    public StoreLocation newStore() {
      try {
        return StoreLocation.embedded(Files.createTempDirectory("bridgehead-h2"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  POSTGRESQL {
    @Override
    public StoreLocation newStore() { return PostgresCluster.get().newDatabase(); }
  };

  /** A fresh, empty store location. */
  public abstract StoreLocation newStore();
}
