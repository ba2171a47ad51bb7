package org.bridgehead.admin.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The command line's one way to the management plane: HTTP to a running node's API, or to an API the
 * command starts in process on the local store (see {@link Connections}). Same requests either way.
 */
public class ApiConnection implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String authorization;
  private final String description;

  public ApiConnection(String baseUrl, String authorization, String description) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.authorization = authorization;
    this.description = description;
  }

  /** Where the commands go, for messages: "node at http://..." or "local store ...". */
  public String description() { return description; }

  public static ObjectMapper json() { return JSON; }

  /** Sends the request; any non-2xx answer is thrown as an {@link ApiException}. */
  public ApiReply call(String method, String path, JsonNode body) {
    ApiReply r = send(method, path, body);
    if (!r.ok()) throw ApiException.of(r);
    return r;
  }

  public ApiReply send(String method, String path, JsonNode body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) b.header("Content-Type", "application/json");
    if (authorization != null) b.header("Authorization", authorization);
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode parsed = r.body().isBlank() ? null : JSON.readTree(r.body());
      return new ApiReply(r.statusCode(), parsed);
    } catch (IOException e) {
      throw new ApiException(ExitCodes.FAILED, "cannot reach " + description + ": " + e, java.util.List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(ExitCodes.FAILED, "interrupted", java.util.List.of());
    }
  }

  @Override
  public void close() {}
}
