package org.bridgehead.gateway.sip.stack.netty;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on requests in flight with two water marks: senders wait once {@code high} are out, and are
 * all let go together when answers bring it down to {@code low}. A semaphore would wake one sender per
 * answer: a wake-up per message at the moment the machine is busiest.
 */
final class Turns {
  private final int high;
  private final int low;
  private final AtomicInteger out = new AtomicInteger();
  private final Object gate = new Object();
  private volatile boolean full;

  Turns(int high) {
    if (high <= 0) throw new IllegalArgumentException("high must be positive: " + high);
    this.high = high;
    this.low = high / 2;
  }

  /** Takes a turn, waiting while the bound is reached; false (and no turn taken) after {@code millis}. */
  boolean take(long millis) throws InterruptedException {
    if (full) {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      synchronized (gate) {
        for (long left = millis; full; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
          if (left <= 0) return false;
          gate.wait(left);
        }
      }
    }
    if (out.incrementAndGet() >= high && !full) {
      full = true;
      // answers may have brought it down before the flag was seen: then nobody would open the gate
      if (out.get() <= low) open();
    }
    return true;
  }

  /** Gives a turn back. */
  void give() {
    if (out.decrementAndGet() <= low && full) open();
  }

  /** Turns free now (negative while senders overshoot the bound). */
  int free() { return high - out.get(); }

  private void open() {
    synchronized (gate) {
      full = false;
      gate.notifyAll();
    }
  }
}
