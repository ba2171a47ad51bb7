package org.bridgehead.api.routes;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One keyed collection of the management plane whose records carry their own version (sites, pools,
 * SIP domains, providers, policies, users): what {@link CrudRoutes} needs to serve it.
 *
 * @param noun the CLI noun, for messages
 * @param keyField the JSON field that holds the key
 * @param defaults the object a POST's body is laid over, for a key
 */
public record Crud<T>(
    String noun,
    String keyField,
    Class<T> type,
    Function<String, List<T>> list,
    Function<String, Optional<T>> find,
    Function<String, T> defaults,
    Creator<T> create,
    BiFunction<T, String, T> update,
    ToLongFunction<T> version,
    Remover remove) {

  /** Creates {@code wanted}; the raw body is there for write-only fields such as a password. */
  @FunctionalInterface
  public interface Creator<T> {
    T create(T wanted, com.fasterxml.jackson.databind.node.ObjectNode body, String actor);
  }

  @FunctionalInterface
  public interface Remover {
    void remove(String key, long expectedVersion, String actor);
  }
}
