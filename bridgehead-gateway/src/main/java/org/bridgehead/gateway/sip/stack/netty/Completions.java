package org.bridgehead.gateway.sip.stack.netty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;

/**
 * Completes futures off the I/O threads: whoever waits chains work on them, which must not run on an
 * event loop. The handler executor is used, and when it is full or closed the common pool.
 */
record Completions(Executor executor) {
  <T> void complete(CompletableFuture<T> future, T value) {
    try {
      executor.execute(() -> future.complete(value));
    } catch (RejectedExecutionException e) {
      ForkJoinPool.commonPool().execute(() -> future.complete(value));
    }
  }
}
