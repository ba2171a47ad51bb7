package org.bridgehead.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.bridgehead.api.auth.Authenticator;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.service.SaveResult;

/**
 * Writing responses: objects as the management JSON, records without a version of their own
 * ({@link Versioned}) flattened with a {@code version} field, the dialback secret never shown, and
 * every change either made or — with {@code ?whatIf=true} — checked and rolled back.
 */
public final class Responses {
  private final ObjectMapper mapper;
  private final ManagementService management;

  public Responses(ObjectMapper mapper, ManagementService management) {
    this.mapper = mapper;
    this.management = management;
  }

  public void read(Context ctx, Object value) {
    ctx.json(view(value));
  }

  /**
   * Runs {@code change}; answers {@code status} with the result (204 when it returns null), or for a
   * what-if 200 with the changes that would have been made.
   */
  public void change(Context ctx, int status, Supplier<?> change) {
    if (Requests.whatIf(ctx)) {
      var whatIf = management.whatIf(change::get);
      ObjectNode out = mapper.createObjectNode().put("whatIf", true);
      out.set("changes", mapper.valueToTree(whatIf.changes().stream().map(e -> java.util.Map.of(
          "objectType", e.objectType(), "objectId", e.objectId(), "action", e.action().name())).toList()));
      out.set("warnings", warnings(whatIf.result()));
      ctx.status(200).json(out);
      return;
    }
    Object result = change.get();
    if (result == null) {
      ctx.status(204);
      return;
    }
    JsonNode body = view(result);
    if (body instanceof ObjectNode o && !o.has("warnings")) o.set("warnings", warnings(result));
    ctx.status(status).json(body);
  }

  /** Who the audit log names for this request. */
  public static String actor(Context ctx) { return Authenticator.caller(ctx).actor(); }

  public JsonNode view(Object value) {
    if (value instanceof SaveResult<?> r) {
      ObjectNode o = (ObjectNode) view(r.saved());
      o.set("warnings", warnings(r));
      return o;
    }
    if (value instanceof Versioned<?> v) {
      ObjectNode o = (ObjectNode) view(v.value());
      o.put("version", v.version());
      return o;
    }
    if (value instanceof GatewaySettings g) {
      ObjectNode o = mapper.valueToTree(g);
      o.putNull("dialbackSecret");
      o.put("dialbackSecretSet", g.dialbackSecret() != null && !g.dialbackSecret().isEmpty());
      return o;
    }
    if (value instanceof Collection<?> c) {
      ArrayNode a = mapper.createArrayNode();
      c.forEach(x -> a.add(view(x)));
      return a;
    }
    return mapper.valueToTree(value);
  }

  private ArrayNode warnings(Object result) {
    return mapper.valueToTree(result instanceof SaveResult<?> r ? r.warnings() : List.of());
  }
}
