package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store created before the lower-numbered migrations existed still upgrades (they apply out of order). */
class StoreUpgradeTest {
  @TempDir Path dir;

  @Test
  void aStoreAtV5WithoutV4TakesV4AndLaterOnOpen() throws Exception {
    Path old = Files.createDirectories(dir.resolve("old-migrations"));
    for (String m : new String[] {"V1__management_store.sql", "V2__administrators.sql", "V5__gateway_contacts.sql"}) {
      try (InputStream in = getClass().getResourceAsStream("/db/migration/" + m)) {
        Files.copy(in, old.resolve(m));
      }
    }
    Path data = Files.createDirectories(dir.resolve("data"));
    var embedded = (StoreLocation.Embedded) StoreLocation.embedded(data);
    Flyway.configure().dataSource(embedded.jdbcUrl(), embedded.user(), embedded.password()).locations("filesystem:" + old).load().migrate();

    try (ManagementService store = ManagementService.open(StoreLocation.embedded(data))) {
      store.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", null), "a-long-password".toCharArray(), "test");
      assertThat(store.users().digestHa1("sip:alice@contoso.test", "MD5")).isPresent(); // V4's columns exist
    }
  }
}
