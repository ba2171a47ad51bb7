package org.bridgehead.admin.connect;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.ManagementApi;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;

/**
 * Offline: the store opened by this process, served by an API on an ephemeral loopback port that only
 * this process can use (a random bearer token), so offline and online commands share every rule.
 */
final class LocalStoreConnection extends ApiConnection {
  private final ManagementService management;
  private final ManagementApi api;

  private LocalStoreConnection(ManagementService management, ManagementApi api, String token, String description) {
    super(api.baseUrl(), "Bearer " + token, description);
    this.management = management;
    this.api = api;
  }

  static LocalStoreConnection open(StoreLocation location, String actor, String description) {
    ManagementService management = ManagementService.open(location);
    try {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String token = HexFormat.of().formatHex(random);
      ManagementApi api = ManagementApi.start(management, new ApiSettings(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Optional.of(token), actor));
      return new LocalStoreConnection(management, api, token, description);
    } catch (RuntimeException e) {
      management.close();
      throw e;
    }
  }

  ManagementService management() { return management; }

  @Override
  public void close() {
    api.close();
    management.close();
  }
}
