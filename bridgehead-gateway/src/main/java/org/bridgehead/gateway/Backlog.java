package org.bridgehead.gateway;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanzas the edge handed over that no gateway worker has handled yet, bounded: at {@code high} the
 * gateway says it is not ready (the edge stops reading partners' streams), and once the workers are
 * down to {@code low} everyone who waited is told to go on. Only the queue before the workers counts,
 * not messages awaiting a SIP response: a slow SIP device must not hold back every partner. (Over UDP
 * the workers themselves wait while many fresh requests are unanswered, each for at most T1: see the
 * netty stack's ClientTransactions.)
 */
final class Backlog {
  private static final Logger log = LoggerFactory.getLogger(Backlog.class);
  private final int high;
  private final int low;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Queue<Runnable> heldBack = new ConcurrentLinkedQueue<>();
  private volatile boolean full;

  Backlog(int high, int low) {
    if (low < 0 || high <= low) throw new IllegalArgumentException("need 0 <= low < high: " + low + ", " + high);
    this.high = high;
    this.low = low;
  }

  /** A stanza was taken from the edge. */
  void taken() {
    if (waiting.incrementAndGet() >= high && !full) {
      full = true;
      // the workers may have drained it before they could see the flag: then nobody would release
      if (waiting.get() <= low) {
        full = false;
        release();
      }
    }
  }

  /** A worker finished with a stanza. */
  void handled() {
    if (waiting.decrementAndGet() <= low && full) {
      full = false;
      release();
    }
  }

  /** False (and {@code whenReady} kept for later) while full. */
  boolean ready(Runnable whenReady) {
    if (!full) return true;
    heldBack.add(whenReady);
    if (!full) release(); // emptied between the check and the add: nobody else would run it
    return false;
  }

  int size() { return waiting.get(); }

  private void release() {
    for (Runnable r; (r = heldBack.poll()) != null; ) {
      try {
        r.run();
      } catch (RuntimeException e) {
        // one stream that cannot resume (its event loop is stopping) must not leave the others held back
        log.debug("a held-back stream was not resumed: {}", e.toString());
      }
    }
  }
}
