package org.bridgehead.admin.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.bridgehead.management.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * Where administration commands go. Online, to a running node's API: {@code --api} or
 * {@code BRIDGEHEAD_API}, or the {@code api.url} a node running on {@code --data-dir} announces.
 * Otherwise offline, directly on the store of {@code --data-dir} or {@code --jdbc-url}.
 */
public final class ConnectionOptions {
  @Option(names = "--api", paramLabel = "URL", description = "A running node's API, e.g. http://127.0.0.1:8080/api/v1 (env BRIDGEHEAD_API).")
  String api;

  @Option(names = "--api-user", paramLabel = "NAME", description = "Administrator for the API (env BRIDGEHEAD_USER); password from env BRIDGEHEAD_PASSWORD or --api-password-file.")
  String user;

  @Option(names = "--api-password-file", paramLabel = "FILE", description = "File whose first line is the API administrator's password.")
  Path passwordFile;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "The node's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL store (password from BRIDGEHEAD_JDBC_PASSWORD) instead of the embedded one.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "bridgehead", description = "PostgreSQL user (default: ${DEFAULT-VALUE}).")
  String jdbcUser;

  @Option(names = "--offline", description = "Work on the store even if a node announces its API.")
  boolean offline;

  /** Opens the connection these options select; close it when done. */
  public ApiConnection open() {
    String url = api != null ? api : System.getenv("BRIDGEHEAD_API");
    if (url == null && !offline) url = announced();
    if (url != null && !offline) return new ApiConnection(url, authorization(url), "the node at " + url);
    return LocalStoreConnection.open(store(), "cli:" + System.getProperty("user.name", "unknown"),
        jdbcUrl != null ? "the store at " + jdbcUrl : "the store in " + dataDir.toAbsolutePath());
  }

  /** The store these options name, for commands that only work offline. */
  public StoreLocation store() {
    return jdbcUrl != null
        ? StoreLocation.jdbc(jdbcUrl, jdbcUser, System.getenv().getOrDefault("BRIDGEHEAD_JDBC_PASSWORD", ""))
        : StoreLocation.embedded(dataDir);
  }

  /** The URL in {@code <data-dir>/api.url} when a node there answers its health check within a second. */
  private String announced() {
    Path file = dataDir.resolve("api.url");
    if (!Files.isRegularFile(file)) return null;
    try {
      String url = Files.readString(file, StandardCharsets.UTF_8).strip();
      HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build().send(
          HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(1)).build(),
          HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200 ? url : null;
    } catch (IOException | IllegalArgumentException e) {
      return null; // a node that died without removing the file: work offline
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** An administrator's name and password if given, else the local token of a node on this data directory. */
  private String authorization(String url) {
    String name = user != null ? user : System.getenv("BRIDGEHEAD_USER");
    Path token = dataDir.resolve("api.token");
    if (name == null && api == null && Files.isReadable(token)) {
      try {
        return "Bearer " + Files.readString(token, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        // fall through to the account check's message
      }
    }
    String password = System.getenv("BRIDGEHEAD_PASSWORD");
    if (passwordFile != null) {
      try {
        List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        password = lines.isEmpty() ? "" : lines.get(0);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read --api-password-file " + passwordFile + ": " + e.getMessage());
      }
    }
    if (name == null || password == null) {
      throw new ApiException(ExitCodes.AUTH, "a node is running at " + url + ": give --api-user NAME and the password"
          + " (BRIDGEHEAD_PASSWORD or --api-password-file), or --offline to stop it being used", List.of());
    }
    return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
