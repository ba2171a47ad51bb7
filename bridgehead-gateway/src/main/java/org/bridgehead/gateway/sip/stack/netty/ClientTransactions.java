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
 *
 * <p>Requests over UDP that have had no answer yet are bounded by what the socket's receive buffer can
 * hold of their answers: past it, the sender waits. Without the bound, a sender faster than the reading
 * thread (benchmark scenario 1: four gateway workers against one reader on two cores) overflowed the
 * buffer, and each dropped 200 came back as a retransmission 500 ms later, a transaction kept until
 * then and more work for the thread already behind (616,000 drops in one run). A request counts until
 * its first response or its first retransmission: a device that is slow to answer is not congestion,
 * and holds nobody back for longer than T1.
 */
final class ClientTransactions {
  /** Receive buffer bytes per answer in flight: a small datagram costs the kernel ~1-2 KiB; twice that, for margin. */
  static final int BUFFER_BYTES_PER_ANSWER = 4096;
  static final int MIN_UNANSWERED = 64;
  private final Map<String, Tx> active = new ConcurrentHashMap<>();
  private final LongAdder overdueAdmissions = new LongAdder();
  /** Null until the endpoint knows its receive buffer: unbounded. */
  private volatile Turns unanswered;
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

  /** How many UDP requests may await their first answer, for a receive buffer of {@code bytes}. */
  static int unansweredFor(int receiveBufferBytes) {
    return Math.max(MIN_UNANSWERED, receiveBufferBytes / BUFFER_BYTES_PER_ANSWER);
  }

  /**
   * Bounds the UDP requests awaiting their first answer from now on (once, when the socket is bound):
   * senders wait at {@code permits} and go on together at half.
   */
  void admitUnanswered(int permits) {
    if (permits <= 0) throw new IllegalArgumentException("permits must be positive: " + permits);
    unanswered = new Turns(permits);
  }

  /**
   * Sends {@code request} in a new transaction. Over UDP the calling thread may wait for a turn (at most
   * two T1: by then every earlier request was answered or retransmitted); past that it sends anyway,
   * so nothing is lost to the bound.
   */
  CompletableFuture<SipResponse> send(String branch, String method, byte[] request, Destination to) {
    Turns turn = to.reliable() ? null : turn();
    Tx tx = new Tx(branch, method, request, to, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timers.wait64()), turn);
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
  private Turns turn() {
    Turns s = unanswered;
    if (s == null) return null;
    try {
      if (s.take(2 * timers.t1())) return s;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    overdueAdmissions.increment();
    return null;
  }

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
      tx.answered();
      return true;
    }
    finish(tx, InboundMessages.response(m));
    return true;
  }

  int size() { return active.size(); }

  /** Responses that matched neither a transaction nor a completed one. */
  long strays() { return strays.sum(); }

  /** UDP requests sent without a turn, after waiting two T1 for one. */
  long overdueAdmissions() { return overdueAdmissions.sum(); }

  /** Turns free now (0 or less while senders wait); -1 while unbounded. */
  int freeTurns() {
    Turns s = unanswered;
    return s == null ? -1 : s.free();
  }

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
    tx.answered();
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
    /** The turn this request holds until its first answer or retransmission, or null. */
    private Turns turn;

    Tx(String branch, String method, byte[] request, Destination to, long deadline, Turns turn) {
      this.branch = branch;
      this.method = method;
      this.request = request;
      this.to = to;
      this.deadline = deadline;
      this.interval = timers.t1();
      this.turn = turn;
    }

    /** Gives the turn back (once): answered, retransmitted or ended. */
    void answered() {
      Turns held;
      synchronized (this) {
        held = turn;
        turn = null;
      }
      if (held != null) held.give();
    }

    /** Timer E or F fired. */
    @Override
    public void run(Timeout fired) {
      answered(); // overdue: slow, not congested
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
