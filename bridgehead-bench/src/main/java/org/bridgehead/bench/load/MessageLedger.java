package org.bridgehead.bench.load;

import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts every probe sent and received, so loss and duplication are measured, not assumed; latency
 * (receive time minus due time, so a stalled sender is not hidden) goes into an HdrHistogram.
 */
public final class MessageLedger {
  private final AtomicLong nextSeq = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private final BitSet seen = new BitSet();
  private long received;
  private long duplicates;
  private long foreign;
  private static final long MAX_LATENCY_MICROS = TimeUnit.SECONDS.toMicros(60);
  private final Recorder latency = new Recorder(MAX_LATENCY_MICROS, 3);
  private volatile boolean external;

  /** A new probe due now (or at {@code dueNanos}); counted as sent. */
  public Probe next(long dueNanos) {
    sent.incrementAndGet();
    return new Probe(nextSeq.getAndIncrement(), dueNanos);
  }

  /**
   * Probes numbered {@code firstSeq .. firstSeq+count-1} were sent by another program (SIPp's call
   * numbers); only counts are meaningful then, latency is measured by that program.
   */
  public void sentExternally(long firstSeq, long count) {
    external = true;
    nextSeq.set(firstSeq + count);
    sent.addAndGet(count);
  }

  /** A send that failed before reaching the wire is not counted as sent. */
  public void unsent() {
    sent.decrementAndGet();
  }

  /** Records a received body; bodies that are not probes of this ledger are counted apart. */
  public void received(String body) {
    long now = System.nanoTime();
    Probe p = Probe.parse(body);
    synchronized (this) {
      if (p == null || p.seq() >= nextSeq.get() || p.seq() > Integer.MAX_VALUE) {
        foreign++;
        return;
      }
      if (seen.get((int) p.seq())) {
        duplicates++;
        return;
      }
      seen.set((int) p.seq());
      received++;
    }
    if (!external) {
      // Clamped: a sink must never throw on the network thread (that would close the stream).
      latency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(now - p.dueNanos()))));
    }
  }

  public long sent() { return sent.get(); }

  public synchronized long received() { return received; }

  public synchronized Counts counts() {
    return new Counts(sent.get(), received, duplicates, foreign);
  }

  /** Latency recorded since the last call, in microseconds. */
  public Histogram takeLatency() {
    return latency.getIntervalHistogram();
  }

  /** @param lost sent but never received (in flight at the end counts as lost: drain first) */
  public record Counts(long sent, long received, long duplicates, long foreign) {
    public long lost() { return sent - received; }
  }
}
