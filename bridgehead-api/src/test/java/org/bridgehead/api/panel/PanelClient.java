package org.bridgehead.api.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A minimal browser for the panel tests: one session cookie, form posts, no redirects followed. */
final class PanelClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newHttpClient();
  private final String origin;
  private String cookie;
  private String csrf;

  PanelClient(String origin) { this.origin = origin; }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin + path)).GET(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form with the CSRF token of the last page seen (unless the form names its own "csrf"). */
  HttpResponse<String> post(String path, Map<String, String> form) {
    return send(form(path, form), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form whose answer is a file (an export). */
  HttpResponse<byte[]> postForFile(String path, Map<String, String> form) {
    return send(form(path, form), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder form(String path, Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>();
    if (csrf != null) all.put("csrf", csrf);
    all.putAll(form);
    all.values().removeIf(v -> v == null);
    String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** Logs in and returns the response of the login POST. */
  HttpResponse<String> login(String name, String password) {
    get("/panel/login");
    return post("/panel/login", Map.of("name", name, "password", password));
  }

  String cookie() { return cookie; }

  String csrf() { return csrf; }

  private <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) {
    if (cookie != null) b.header("Cookie", cookie);
    try {
      HttpResponse<T> r = http.send(b.build(), handler);
      r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
      if (r.body() instanceof String page) {
        Matcher m = CSRF.matcher(page);
        if (m.find()) csrf = m.group(1);
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
