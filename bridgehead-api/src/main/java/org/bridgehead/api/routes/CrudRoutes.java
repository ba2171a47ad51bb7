package org.bridgehead.api.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.bridgehead.api.http.ApiProblem;
import org.bridgehead.api.http.Requests;
import org.bridgehead.api.http.Responses;

/**
 * GET/POST on a collection, GET/PUT/DELETE on one of its objects. A PUT lays its body over the stored
 * object (fields left out keep their values) and must carry the version it read; a DELETE without
 * {@code ?version=} removes whatever is current.
 */
public final class CrudRoutes {
  private final Requests requests;
  private final Responses responses;

  public CrudRoutes(Requests requests, Responses responses) {
    this.requests = requests;
    this.responses = responses;
  }

  public <T> void register(Javalin app, String path, Crud<T> crud) {
    app.get(path, ctx -> responses.read(ctx, crud.list().apply(Requests.filter(ctx))));
    app.post(path, ctx -> create(ctx, path, crud));
    app.get(path + "/{key}", ctx -> responses.read(ctx, existing(ctx, crud)));
    app.put(path + "/{key}", ctx -> update(ctx, crud));
    app.delete(path + "/{key}", ctx -> remove(ctx, crud));
  }

  private <T> void create(Context ctx, String path, Crud<T> crud) {
    ObjectNode body = requests.body(ctx);
    String key = Requests.textField(body, crud.keyField(), true);
    T wanted = requests.merge(crud.defaults().apply(key), body, crud.type());
    ctx.header("Location", path + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    responses.change(ctx, 201, () -> crud.create().create(wanted, body, Responses.actor(ctx)));
  }

  private <T> void update(Context ctx, Crud<T> crud) {
    ObjectNode body = requests.body(ctx);
    Requests.longField(body, "version");
    T current = existing(ctx, crud);
    String key = ctx.pathParam("key");
    String named = Requests.textField(body, crud.keyField(), false);
    if (named != null && !named.equalsIgnoreCase(key)) {
      throw ApiProblem.badRequest(crud.keyField(), crud.keyField() + " cannot be changed by an update (remove and create)");
    }
    body.remove(crud.keyField());
    T wanted = requests.merge(current, body, crud.type());
    responses.change(ctx, 200, () -> crud.update().apply(wanted, Responses.actor(ctx)));
  }

  private <T> void remove(Context ctx, Crud<T> crud) {
    String key = ctx.pathParam("key");
    long version = Requests.version(ctx).orElseGet(() -> crud.version().applyAsLong(existing(ctx, crud)));
    responses.change(ctx, 204, () -> {
      crud.remove().remove(key, version, Responses.actor(ctx));
      return null;
    });
  }

  private static <T> T existing(Context ctx, Crud<T> crud) {
    String key = ctx.pathParam("key");
    return crud.find().apply(key).orElseThrow(() -> ApiProblem.notFound(crud.noun() + " " + key + " does not exist"));
  }
}
