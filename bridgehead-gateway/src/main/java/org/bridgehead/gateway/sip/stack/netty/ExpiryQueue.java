package org.bridgehead.gateway.sip.stack.netty;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * A timer for one constant duration (Timer J): entries expire in the order they were added, so
 * a FIFO queue swept now and then does the work of a timer per entry for the cost of a queue node.
 */
final class ExpiryQueue<T extends ExpiryQueue.Expiring> {
  interface Expiring {
    /** {@link System#nanoTime()} after which the entry expires. */
    long expiresAt();
  }

  private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
  private final Consumer<T> onExpiry;

  ExpiryQueue(Consumer<T> onExpiry) { this.onExpiry = onExpiry; }

  void add(T entry) { queue.add(entry); }

  /** Expires every entry due at {@code now}. */
  void sweep(long now) {
    for (T head = queue.peek(); head != null && head.expiresAt() - now <= 0; head = queue.peek()) {
      onExpiry.accept(queue.poll()); // one sweeper: the head polled is the one looked at
    }
  }

  int size() { return queue.size(); }
}
