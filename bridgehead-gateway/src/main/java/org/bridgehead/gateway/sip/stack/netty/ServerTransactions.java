package org.bridgehead.gateway.sip.stack.netty;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server transactions (RFC 3261 §17.2), keyed by branch, sent-by and method (§17.2.3). Non-INVITE: a
 * retransmitted request is absorbed (the last provisional response is sent again), after the final
 * response that response is sent again until Timer J. INVITE (answered with errors only here): the
 * final response is retransmitted on UDP by Timer G until the ACK, which is absorbed, or Timer H.
 * A completed transaction keeps only its key and the encoded final response.
 */
final class ServerTransactions {
  private static final Logger log = LoggerFactory.getLogger(ServerTransactions.class);
  private final Map<String, Tx> active = new ConcurrentHashMap<>();
  private final ExpiryQueue<Tx> timerJ = new ExpiryQueue<>(tx -> active.remove(tx.key, tx));
  private final Wire wire;
  private final Timer timer;
  private final SipTimers timers;

  ServerTransactions(Wire wire, Timer timer, SipTimers timers) {
    this.wire = wire;
    this.timer = timer;
    this.timers = timers;
  }

  /**
   * A received request: its new transaction, or null when it belongs to one already (a retransmission,
   * answered here) or is an ACK (which ends an INVITE transaction, or is dropped).
   */
  Tx receive(SipMessage request, Via top, Destination from) {
    boolean ack = request.method().equals("ACK");
    String key = key(request, top, ack ? "INVITE" : request.method());
    if (ack) {
      Tx tx = active.get(key);
      if (tx instanceof InviteTx invite) invite.acked();
      return null;
    }
    Tx tx = request.method().equals("INVITE") ? new InviteTx(key) : new Tx(key);
    Tx existing = active.putIfAbsent(key, tx);
    if (existing == null) return tx;
    byte[] again = existing.lastResponse();
    if (again != null) wire.send(from, again, cause -> log.debug("response not resent: {}", cause.toString()));
    return null;
  }

  /** Sends a response of {@code tx}; a second final response is refused (logged). */
  void respond(Tx tx, byte[] response, int status, Destination to) {
    if (!tx.record(response, status)) {
      log.debug("{} already has its final response; {} not sent", tx.key, status);
      return;
    }
    wire.send(to, response, cause -> log.debug("response {} not sent to {}: {}", status, to, cause.toString()));
    if (status < 200) return;
    if (tx instanceof InviteTx invite && status >= 300 && !to.reliable()) {
      invite.retransmit(to);
    } else if (to.reliable() || tx instanceof InviteTx) {
      active.remove(tx.key, tx); // Timer J is 0 on streams; a 2xx ends an INVITE transaction at once
    } else {
      tx.expiresAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timers.wait64());
      timerJ.add(tx);
    }
  }

  /** The transaction key of §17.2.3, or for pre-RFC 3261 branches the Call-ID, CSeq and top Via. */
  static String key(SipMessage request, Via top, String method) {
    if (top.rfc3261Branch()) return top.branch() + '|' + top.host() + ':' + top.port() + '|' + method;
    return "2543|" + request.first("Call-ID") + '|' + InboundMessages.cseqNumber(request) + '|' + top + '|' + method;
  }

  int size() { return active.size(); }

  /** Timer J's sweep. */
  void sweep(long now) { timerJ.sweep(now); }

  void closeAll() {
    active.values().forEach(tx -> { if (tx instanceof InviteTx i) i.acked(); });
    active.clear();
  }

  /** A non-INVITE server transaction: its key and the response to send again. */
  static class Tx implements ExpiryQueue.Expiring {
    final String key;
    private byte[] last;
    private boolean answered;
    volatile long expiresAt;

    Tx(String key) { this.key = key; }

    synchronized boolean record(byte[] response, int status) {
      if (answered) return false;
      last = response;
      answered = status >= 200;
      return true;
    }

    synchronized byte[] lastResponse() { return last; }

    @Override
    public long expiresAt() { return expiresAt; }
  }

  /** An INVITE server transaction, which retransmits its error response on UDP (Timers G and H). */
  private final class InviteTx extends Tx implements TimerTask {
    private Destination to;
    private Timeout timeout;
    private long interval;
    private long deadline;

    InviteTx(String key) { super(key); }

    synchronized void retransmit(Destination destination) {
      to = destination;
      interval = timers.t1();
      deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timers.wait64());
      timeout = timer.newTimeout(this, interval, TimeUnit.MILLISECONDS);
    }

    /** The ACK came (or the endpoint closes): Confirmed, nothing more to send. */
    void acked() {
      synchronized (this) {
        if (timeout != null) timeout.cancel();
        timeout = null;
      }
      active.remove(key, this);
    }

    @Override
    public void run(Timeout fired) {
      byte[] again;
      synchronized (this) {
        if (fired != timeout) return;
        if (System.nanoTime() - deadline >= 0) {
          timeout = null;
          again = null;
        } else {
          again = lastResponse();
          interval = Math.min(interval * 2, timers.t2());
          timeout = timer.newTimeout(this, interval, TimeUnit.MILLISECONDS);
        }
      }
      if (again == null) {
        active.remove(key, this); // Timer H: no ACK came
      } else {
        wire.send(to, again, cause -> { });
      }
    }
  }
}
