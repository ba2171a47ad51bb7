package org.bridgehead.diagnostics.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the edge's events into the {@link EventLog} without blocking the network threads that report
 * them: one writer thread behind a bounded queue, which stores what has queued in one transaction (up to
 * {@link #BATCH}), so a storm of partner streams costs a few writes, not one per stream. When the store
 * falls behind, events are dropped and counted rather than slowing the streams.
 */
public final class EdgeEventLogger implements EdgeEventListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EdgeEventLogger.class);
  private static final int QUEUE = 10_000;
  static final int BATCH = 256;
  private static final long CLOSE_WAIT_MS = 5_000;

  private final EventLog eventLog;
  private final BlockingQueue<EventLog.Occurred> queue = new ArrayBlockingQueue<>(QUEUE);
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean closed;

  public EdgeEventLogger(EventLog eventLog) {
    this.eventLog = eventLog;
    this.writer = new Thread(this::writeUntilClosed, "event-log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void onEvent(EdgeEvent event) {
    EdgeEvents.toCatalog(event).ifPresent(this::submit);
  }

  /** Records a catalog event from elsewhere (service start/stop, publish, certificate checks), also async. */
  public void submit(CatalogEvent e) {
    if (closed || !queue.offer(new EventLog.Occurred(e, eventLog.now()))) dropped.incrementAndGet();
  }

  /** Events not stored because the queue was full or the logger closed. */
  public long dropped() {
    return dropped.get();
  }

  private void writeUntilClosed() {
    List<EventLog.Occurred> batch = new ArrayList<>(BATCH);
    try {
      while (!closed || !queue.isEmpty()) {
        // polls to notice close: an interrupt during H2's file I/O would close the database
        EventLog.Occurred first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        write(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // close gave up waiting
    }
  }

  /** One transaction; if it fails, one by one, so that a bad event loses only itself. */
  private void write(List<EventLog.Occurred> batch) {
    try {
      eventLog.recordAll(batch);
    } catch (RuntimeException batchFailed) {
      for (EventLog.Occurred o : batch) {
        CatalogEvent e = o.event();
        try {
          eventLog.recordAll(List.of(o));
        } catch (RuntimeException failure) {
          log.warn("event not stored: {}: {}", e, failure.getMessage());
        }
      }
    }
  }

  /** Writes what is queued (bounded wait), then stops; what it could not write counts as dropped. */
  @Override
  public void close() {
    closed = true;
    try {
      writer.join(CLOSE_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (writer.isAlive()) writer.interrupt();
    dropped.addAndGet(queue.size());
    queue.clear();
  }
}
