package org.bridgehead.diagnostics.federation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bridgehead.edge.dns.DnsLookupException;

/** Waits for one of the resolver's futures, bounded, turning its failure back into a {@link DnsLookupException}. */
final class DnsWait {
  private DnsWait() {}

  static <T> T await(CompletableFuture<T> future, String name, long timeoutMillis) throws DnsLookupException {
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) cause = cause.getCause();
      if (cause instanceof DnsLookupException d) throw d;
      if (cause instanceof IllegalArgumentException bad) throw new IllegalArgumentException(bad.getMessage(), bad);
      throw new IllegalStateException("DNS lookup failed: " + cause, cause);
    } catch (TimeoutException e) {
      throw new DnsLookupException(name, "DNS", DnsLookupException.Reason.TIMEOUT, null,
          "no answer within " + timeoutMillis + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
