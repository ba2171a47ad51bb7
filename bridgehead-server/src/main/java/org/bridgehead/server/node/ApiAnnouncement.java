package org.bridgehead.server.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.ManagementApi;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.management.service.ManagementService;

/**
 * The node's management API, the {@code api.url} file in the data directory that tells the command line
 * where a running node answers (so that it goes online instead of opening the store itself), and the
 * {@code api.token} file (owner-only) that lets whoever may read the data directory — and so the store —
 * administer the node from this machine without an account: the first {@code admin new} needs it.
 */
final class ApiAnnouncement implements AutoCloseable {
  static final String FILE = "api.url";
  static final String TOKEN = "api.token";
  private final ManagementApi api;
  private final Path dataDir;

  private ApiAnnouncement(ManagementApi api, Path dataDir) {
    this.api = api;
    this.dataDir = dataDir;
  }

  static ApiAnnouncement start(ManagementService store, InetSocketAddress listen, Path dataDir,
      java.util.function.Supplier<String> metrics, java.util.function.Supplier<Object> status) {
    if (listen == null) return new ApiAnnouncement(null, null);
    if (dataDir == null) {
      return new ApiAnnouncement(ManagementApi.start(store, ApiSettings.listen(listen), metrics, status), null);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    // the panel's certificate wizard holds the key secret of this data directory, as `bridgehead certificate` does
    ApiSettings settings = new ApiSettings(listen, Optional.of(token), "local-cli")
        .withCertificates(CertificateWizard.forDataDir(store.store(), dataDir));
    ManagementApi api = ManagementApi.start(store, settings, metrics, status);
    try {
      Files.createDirectories(dataDir);
      write(dataDir, TOKEN, token);
      write(dataDir, FILE, api.baseUrl());
    } catch (IOException e) {
      api.close();
      throw new UncheckedIOException("cannot announce the API in " + dataDir, e);
    }
    return new ApiAnnouncement(api, dataDir);
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Path tmp = dir.resolve(name + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  String baseUrl() { return api == null ? null : api.baseUrl(); }

  @Override
  public void close() {
    if (api == null) return;
    try {
      if (dataDir != null) {
        Files.deleteIfExists(dataDir.resolve(FILE));
        Files.deleteIfExists(dataDir.resolve(TOKEN));
      }
    } catch (IOException e) {
      // a stale file only makes the CLI try the API once, fail its health check, and go offline
    }
    api.close();
  }
}
