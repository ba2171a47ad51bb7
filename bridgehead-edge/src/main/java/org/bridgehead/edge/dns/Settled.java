package org.bridgehead.edge.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for parallel lookups to settle, keeping each one's value or failure, in input order. */
final class Settled<T> {
  private final List<T> values;
  private final Throwable failure;

  private Settled(List<T> values, List<Throwable> failures) {
    this.values = List.copyOf(values);
    this.failure = failures.isEmpty() ? null : failures.get(0);
    for (Throwable other : failures) {
      if (other != failure) {
        failure.addSuppressed(other);
      }
    }
  }

  /** Completes (never exceptionally) when every future has completed. */
  static <T> CompletableFuture<Settled<T>> all(List<CompletableFuture<T>> futures) {
    return CompletableFuture.allOf(futures.stream()
            .map(f -> f.handle((v, e) -> null))
            .toArray(CompletableFuture[]::new))
        .thenApply(ignored -> {
          List<T> values = new ArrayList<>();
          List<Throwable> failures = new ArrayList<>();
          for (CompletableFuture<T> f : futures) {
            f.handle((v, e) -> {
              if (e == null) {
                values.add(v);
              } else {
                failures.add(e instanceof CompletionException && e.getCause() != null
                    ? e.getCause() : e);
              }
              return null;
            }).join();
          }
          return new Settled<>(values, failures);
        });
  }

  /** The values of the futures that succeeded, in input order. */
  List<T> values() {
    return values;
  }

  boolean anyFailed() {
    return failure != null;
  }

  /** The first failure, the later ones attached as suppressed; to throw, only if anyFailed(). */
  CompletionException firstFailure() {
    return new CompletionException(failure);
  }
}
