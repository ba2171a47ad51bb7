package org.bridgehead.gateway.sip.stack.netty;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * Non-INVITE client transactions (RFC 3261 §17.1.2), keyed by the branch we put in the top Via
 * (§17.1.3: matched with the CSeq method). Timer E retransmits on UDP from T1 doubling to T2, Timer F
 * ends with a local 408, Timer K remembers a completed transaction's branch on UDP for T4 to absorb
 * retransmitted responses (only the branch: see {@link RecentKeys}). Futures complete through
 * {@link Completions}, never on an I/O thread.
 */
final class ClientTransactions {
  private final Map<String, Tx> active = new ConcurrentHashMap<>();
  private final RecentKeys timerK;
  private final LongAdder strays = new LongAdder();
  private final Wire wire;
  private final Timer timer;
  private final SipTimers timers;
  private final Completions completions;

  ClientTransactions(Wire wire, Timer timer, SipTimers timers, Completions completions) {
    this.wire = wire;
    this.timer = timer;
    this.timers = timers;
    this.completions = completions;
    this.timerK = new RecentKeys(TimeUnit.MILLISECONDS.toNanos(timers.t4()), System.nanoTime());
  }

  CompletableFuture<SipResponse> send(String branch, String method, byte[] request, Destination to) {
    Tx tx = new Tx(branch, method, request, to, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timers.wait64()));
    active.put(branch, tx);
    synchronized (tx) {
      tx.timeout = timer.newTimeout(tx, to.reliable() ? timers.wait64() : timers.t1(), TimeUnit.MILLISECONDS);
    }
    wire.send(to, request, cause -> finish(tx, local(503, "Service Unavailable (" + cause.getMessage() + ")")));
    return tx.future;
  }

  /**
   * A response whose top Via carries {@code branch}; false when no transaction wanted it (a stray), true
   * when one took it or a completed one absorbed it.
   */
  boolean response(String branch, String cseqMethod, SipMessage m) {
    Tx tx = branch == null ? null : active.get(branch);
    if (tx == null && branch != null && timerK.contains(branch, cseqMethod, System.nanoTime())) return true;
    if (tx == null || !tx.method.equals(cseqMethod)) {
      strays.increment();
      return false;
    }
    if (m.status() < 200) {
      synchronized (tx) {
        tx.interval = timers.t2(); // Proceeding: retransmit every T2 (§17.1.2.2)
      }
      return true;
    }
    finish(tx, InboundMessages.response(m));
    return true;
  }

  int size() { return active.size(); }

  /** Responses that matched neither a transaction nor a completed one. */
  long strays() { return strays.sum(); }

  /** Ends every transaction with a local 503 (the endpoint closes). */
  void closeAll() {
    active.values().forEach(tx -> finish(tx, local(503, "SIP endpoint closed")));
    active.clear();
  }

  private void finish(Tx tx, SipResponse response) {
    synchronized (tx) {
      if (tx.done) return; // a retransmitted final response, absorbed
      tx.done = true;
      if (tx.timeout != null) tx.timeout.cancel();
    }
    // Timer K first, so a retransmitted response finds the branch in one place or the other
    if (!tx.to.reliable() && !response.local()) timerK.add(tx.branch, tx.method, System.nanoTime());
    active.remove(tx.branch, tx);
    completions.complete(tx.future, response);
  }

  static SipResponse local(int status, String reason) {
    return new SipResponse(status, reason, SipHeaders.empty(), null, null, null, true);
  }

  private final class Tx implements TimerTask {
    final String branch;
    final String method;
    final Destination to;
    final long deadline;
    final CompletableFuture<SipResponse> future = new CompletableFuture<>();
    final byte[] request;
    Timeout timeout;
    long interval;
    boolean done;

    Tx(String branch, String method, byte[] request, Destination to, long deadline) {
      this.branch = branch;
      this.method = method;
      this.request = request;
      this.to = to;
      this.deadline = deadline;
      this.interval = timers.t1();
    }

    /** Timer E or F fired. */
    @Override
    public void run(Timeout fired) {
      byte[] again;
      long left = deadline - System.nanoTime();
      synchronized (this) {
        if (done || fired != timeout) return;
        if (left <= 0) {
          again = null;
        } else {
          again = request;
          interval = Math.min(interval * 2, timers.t2());
          timeout = timer.newTimeout(this, Math.min(interval, TimeUnit.NANOSECONDS.toMillis(left) + 1),
              TimeUnit.MILLISECONDS);
        }
      }
      if (again == null) {
        finish(this, local(408, "Request Timeout (no response)"));
      } else {
        wire.send(to, again, cause -> { }); // a lost retransmission is one more for Timer F to end
      }
    }
  }
}
