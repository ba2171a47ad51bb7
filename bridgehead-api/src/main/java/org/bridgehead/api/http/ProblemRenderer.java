package org.bridgehead.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.bridgehead.management.validation.NotFoundException;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure as {@code application/problem+json} (RFC 9457); internals never reach the caller. */
public final class ProblemRenderer {
  public static final String TYPE_BASE = "https://bridgehead.dev/problems/";
  private static final Logger log = LoggerFactory.getLogger(ProblemRenderer.class);
  private final ObjectMapper mapper;

  public ProblemRenderer(ObjectMapper mapper) { this.mapper = mapper; }

  public void render(Exception e, Context ctx) {
    ApiProblem p = toProblem(e);
    if (p.status() == 500) log.error("{} {} failed", ctx.method(), ctx.path(), e);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_BASE + p.kind());
    body.put("title", p.title());
    body.put("status", p.status());
    body.put("detail", p.getMessage());
    body.put("instance", ctx.path());
    body.putAll(p.extra());
    if (p.status() == 401) ctx.header("WWW-Authenticate", "Basic realm=\"bridgehead\", charset=\"UTF-8\"");
    try {
      ctx.status(p.status()).contentType("application/problem+json").result(mapper.writeValueAsString(body));
    } catch (JsonProcessingException ex) {
      ctx.status(500).result("");
    }
  }

  static ApiProblem toProblem(Exception e) {
    if (e instanceof ApiProblem p) return p;
    if (e instanceof ValidationException v) {
      return new ApiProblem(422, "validation", "The change breaks rules; nothing was saved", v.getMessage(),
          Map.of("errors", v.problems()));
    }
    if (e instanceof StaleUpdateException s) {
      return new ApiProblem(409, "stale-update", "Changed by someone else; nothing was saved", s.getMessage(),
          Map.of("expectedVersion", s.expectedVersion(), "actualVersion", s.actualVersion()));
    }
    if (e instanceof NotFoundException n) return ApiProblem.notFound(n.getMessage());
    if (e instanceof JsonMappingException m) {
      String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      Throwable cause = m.getCause() != null ? m.getCause() : m;
      return ApiProblem.badRequest(field.isEmpty() ? null : field,
          (field.isEmpty() ? "" : field + ": ") + firstLine(cause.getMessage()));
    }
    if (e instanceof JsonProcessingException j) {
      return ApiProblem.badRequest(null, "malformed JSON: " + firstLine(j.getOriginalMessage()));
    }
    if (e instanceof IllegalArgumentException i) return ApiProblem.badRequest(null, i.getMessage());
    if (e instanceof HttpResponseException h) {
      return new ApiProblem(h.getStatus(), h.getStatus() == 404 ? "not-found" : "http-" + h.getStatus(),
          h.getMessage(), h.getMessage(), Map.of());
    }
    return new ApiProblem(500, "internal", "Internal error", "the request failed inside the node; see its log", Map.of());
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid value";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
