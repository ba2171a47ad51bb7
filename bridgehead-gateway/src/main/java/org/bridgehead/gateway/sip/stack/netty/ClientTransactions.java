package org.bridgehead.gateway.sip.stack.netty;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * Non-INVITE client transactions (RFC 3261 §17.1.2), keyed by the branch we put in the top Via
 * (§17.1.3: matched with the CSeq method). Timer E retransmits on UDP from T1 doubling to T2, Timer F
 * ends with a local 408, Timer K keeps a completed transaction on UDP for T4 to absorb retransmitted
 * responses. Futures complete through {@link Completions}, never on an I/O thread.
 */
final class ClientTransactions {
  private final Map<String, Tx> active = new ConcurrentHashMap<>();
  private final ExpiryQueue<Tx> timerK = new ExpiryQueue<>(tx -> active.remove(tx.branch, tx));
  private final Wire wire;
  private final Timer timer;
  private final SipTimers timers;
  private final Completions completions;

  ClientTransactions(Wire wire, Timer timer, SipTimers timers, Completions completions) {
    this.wire = wire;
    this.timer = timer;
    this.timers = timers;
    this.completions = completions;
  }

  CompletableFuture<SipResponse> send(String branch, String method, byte[] request, Destination to) {
    Tx tx = new Tx(branch, method, request, to, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timers.wait64()));
    CompletableFuture<SipResponse> result = tx.future; // finish() lets go of it, perhaps before we return
    active.put(branch, tx);
    synchronized (tx) {
      tx.timeout = timer.newTimeout(tx, to.reliable() ? timers.wait64() : timers.t1(), TimeUnit.MILLISECONDS);
    }
    wire.send(to, request, cause -> finish(tx, local(503, "Service Unavailable (" + cause.getMessage() + ")")));
    return result;
  }

  /** A response whose top Via carries {@code branch}; false when no transaction wanted it (a stray). */
  boolean response(String branch, String cseqMethod, SipMessage m) {
    Tx tx = branch == null ? null : active.get(branch);
    if (tx == null || !tx.method.equals(cseqMethod)) return false;
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

  /** Timer K's sweep. */
  void sweep(long now) { timerK.sweep(now); }

  /** Ends every transaction with a local 503 (the endpoint closes). */
  void closeAll() {
    active.values().forEach(tx -> finish(tx, local(503, "SIP endpoint closed")));
    active.clear();
  }

  private void finish(Tx tx, SipResponse response) {
    CompletableFuture<SipResponse> future;
    synchronized (tx) {
      if (tx.done) return; // a retransmitted final response, absorbed
      tx.done = true;
      // Timer K keeps the transaction ~5 s at thousands per second: it holds neither the request nor
      // the future with its response (kept, they were promoted by every young collection and made the
      // pauses long)
      tx.request = null;
      future = tx.future;
      tx.future = null;
      if (tx.timeout != null) tx.timeout.cancel();
      tx.timeout = null;
    }
    completions.complete(future, response);
    if (tx.to.reliable() || response.local()) {
      active.remove(tx.branch, tx);
    } else {
      tx.expiresAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timers.t4());
      timerK.add(tx);
    }
  }

  static SipResponse local(int status, String reason) {
    return new SipResponse(status, reason, SipHeaders.empty(), null, null, null, true);
  }

  private final class Tx implements TimerTask, ExpiryQueue.Expiring {
    final String branch;
    final String method;
    final Destination to;
    final long deadline;
    CompletableFuture<SipResponse> future = new CompletableFuture<>();
    byte[] request;
    Timeout timeout;
    long interval;
    boolean done;
    volatile long expiresAt;

    Tx(String branch, String method, byte[] request, Destination to, long deadline) {
      this.branch = branch;
      this.method = method;
      this.request = request;
      this.to = to;
      this.deadline = deadline;
      this.interval = timers.t1();
    }

    @Override
    public long expiresAt() { return expiresAt; }

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
