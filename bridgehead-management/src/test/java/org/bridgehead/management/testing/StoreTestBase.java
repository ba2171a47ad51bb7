package org.bridgehead.management.testing;

import org.bridgehead.management.service.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the store test suites: each suite is abstract and runs once per {@link StoreKind} through the
 * nested classes of {@code H2StoreTest} and {@code PostgresStoreTest}. Each test gets an empty store.
 */
public abstract class StoreTestBase {
  protected static final String ADMIN = "admin@test";
  protected ManagementService service;

  protected abstract StoreKind kind();

  @BeforeEach
  void openStore() { service = ManagementService.open(kind().newStore()); }

  @AfterEach
  void closeStore() { service.close(); }
}
