package org.bridgehead.admin.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An API problem (RFC 9457) as the command line reports it, with the exit code for its kind. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient List<String> lines;

  public ApiException(int exitCode, String message, List<String> lines) {
    super(message);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  public static ApiException of(ApiReply reply) {
    JsonNode p = reply.body();
    String detail = p != null && p.hasNonNull("detail") ? p.get("detail").asText() : "HTTP " + reply.status();
    List<String> lines = new ArrayList<>();
    if (p != null && p.has("errors")) {
      for (JsonNode e : p.get("errors")) {
        lines.add(e.path("object").asText() + " " + e.path("field").asText() + " [" + e.path("rule").asText() + "]: "
            + e.path("message").asText());
      }
    }
    return new ApiException(ExitCodes.forStatus(reply.status()), detail, lines);
  }

  public int exitCode() { return exitCode; }

  /** Each broken rule, one per line, for validation problems. */
  public List<String> lines() { return lines; }
}
