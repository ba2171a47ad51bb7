package org.bridgehead.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.OptionalLong;

/**
 * Reading requests: JSON bodies merged onto a base object (defaults for a POST, the stored object for a
 * PUT — a field left out keeps its value), and the common query parameters.
 */
public final class Requests {
  private final ObjectMapper mapper;

  public Requests(ObjectMapper mapper) { this.mapper = mapper; }

  public ObjectMapper mapper() { return mapper; }

  public ObjectNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) throw ApiProblem.badRequest(null, "a JSON object body is required");
    try {
      JsonNode node = mapper.readTree(text);
      if (!(node instanceof ObjectNode o)) throw ApiProblem.badRequest(null, "the body must be a JSON object");
      return o;
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(null, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** {@code base} with the body's fields laid over it, read back as {@code type}. */
  public <T> T merge(Object base, ObjectNode body, Class<T> type) {
    ObjectNode tree = base == null ? mapper.createObjectNode() : mapper.valueToTree(base);
    tree.setAll(body);
    try {
      return mapper.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw ProblemRenderer.toProblem(e);
    }
  }

  /** A required long field of the body. */
  public static long longField(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.canConvertToLong()) throw ApiProblem.badRequest(field, field + " (a number) is required");
    return v.asLong();
  }

  public static String textField(ObjectNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) throw ApiProblem.badRequest(field, field + " is required");
      return null;
    }
    if (!v.isTextual()) throw ApiProblem.badRequest(field, field + " must be a string");
    return v.asText();
  }

  public static String filter(Context ctx) { return ctx.queryParam("filter"); }

  public static boolean whatIf(Context ctx) { return "true".equalsIgnoreCase(ctx.queryParam("whatIf")); }

  /** The {@code ?version=} of a DELETE; absent means the current version. */
  public static OptionalLong version(Context ctx) {
    String v = ctx.queryParam("version");
    if (v == null || v.isBlank()) return OptionalLong.empty();
    try {
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("version", "version must be a number, was '" + v + "'");
    }
  }
}
