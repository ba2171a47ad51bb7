package org.bridgehead.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny JSON client for the API tests: one user's credentials, responses as status + tree. */
final class ApiClient {
  record Reply(int status, JsonNode json, HttpResponse<String> raw) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  ApiClient(String base, String user, String password) {
    this.base = base;
    this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Reply get(String path) { return send("GET", path, null); }

  Reply post(String path, String json) { return send("POST", path, json); }

  Reply put(String path, String json) { return send("PUT", path, json); }

  Reply delete(String path) { return send("DELETE", path, null); }

  Reply send(String method, String path, String json) {
    var b = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) b.header("Content-Type", "application/json");
    if (authorization != null) b.header("Authorization", authorization);
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
