package org.bridgehead.gateway.sip.stack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor request handlers run on: a few daemon threads and a bounded queue that refuses work
 * when full ({@link java.util.concurrent.RejectedExecutionException}), so overload is answered, not queued.
 */
public final class HandlerExecutor {
  public static final int THREADS = 4;
  public static final int QUEUE = 10_000;

  private HandlerExecutor() {}

  public static ExecutorService bounded(String name, int queue) {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
      Thread t = new Thread(r, name + "-handler-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
  }
}
