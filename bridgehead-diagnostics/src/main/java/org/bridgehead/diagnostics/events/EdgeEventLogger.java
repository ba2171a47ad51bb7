package org.bridgehead.diagnostics.events;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the edge's events into the {@link EventLog} without blocking the network threads that report
 * them: one writer thread behind a bounded queue. When the store falls behind, events are dropped
 * and counted rather than slowing the streams.
 */
public final class EdgeEventLogger implements EdgeEventListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EdgeEventLogger.class);
  private static final int QUEUE = 10_000;

  private final EventLog eventLog;
  private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
      new ArrayBlockingQueue<>(QUEUE), r -> {
        Thread t = new Thread(r, "event-log-writer");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.AbortPolicy());
  private final AtomicLong dropped = new AtomicLong();

  public EdgeEventLogger(EventLog eventLog) {
    this.eventLog = eventLog;
  }

  @Override
  public void onEvent(EdgeEvent event) {
    EdgeEvents.toCatalog(event).ifPresent(this::submit);
  }

  /** Records a catalog event from elsewhere (service start/stop, publish, certificate checks), also async. */
  public void submit(CatalogEvent e) {
    try {
      writer.execute(() -> {
        try {
          eventLog.record(e.type(), e.partner(), e.local(), e.detail());
        } catch (RuntimeException failure) {
          log.warn("event not stored: {}: {}", e, failure.getMessage());
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException full) {
      dropped.incrementAndGet();
    }
  }

  /** Events not stored because the queue was full or the logger closed. */
  public long dropped() {
    return dropped.get();
  }

  /** Writes what is queued (bounded wait), then stops. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      if (!writer.awaitTermination(5, TimeUnit.SECONDS)) writer.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writer.shutdownNow();
    }
  }
}
