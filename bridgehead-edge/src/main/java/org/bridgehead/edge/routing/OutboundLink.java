package org.bridgehead.edge.routing;

import io.netty.channel.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.s2s.outbound.OutboundListener;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stream.StreamEnd;

/**
 * Everything we send from one local domain to one remote domain: the stream when it is up, a bounded
 * queue while it is being set up, and the back-off after a failure. Synchronised because senders call
 * from any thread and the stream reports from its event loop.
 */
final class OutboundLink implements OutboundListener {
  enum State { IDLE, CONNECTING, ESTABLISHED, BACKOFF }

  private record Pending(Stanza stanza, CompletableFuture<Void> done) {}

  /** A stanza written on an acknowledging stream, waiting for the peer's {@code <a h/>}. */
  private record Unacked(long sequence, Pending pending) {}

  private final DomainPair pair;
  private final Opener opener;
  private final int capacity;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final ArrayDeque<Unacked> unacked = new ArrayDeque<>();
  private boolean acknowledged;
  private long written;
  private XmppPartner partner;
  private State state = State.IDLE;
  private Channel channel;
  private AuthMethod method;
  private int failures;
  private Instant retryAt = Instant.MIN;
  private LinkFailure lastFailure;

  /** Starts a stream for the link; the link hears back through {@link OutboundListener}. */
  interface Opener {
    void open(OutboundLink link, DomainPair pair, XmppPartner partner);
  }

  OutboundLink(DomainPair pair, XmppPartner partner, Opener opener, int capacity, Duration baseDelay, Duration maxDelay) {
    this.pair = pair;
    this.partner = partner;
    this.opener = opener;
    this.capacity = capacity;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  synchronized CompletableFuture<Void> send(Stanza stanza) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    switch (state) {
      case ESTABLISHED -> write(new Pending(stanza, done));
      case CONNECTING -> enqueue(new Pending(stanza, done));
      case BACKOFF -> {
        if (Instant.now().isBefore(retryAt)) {
          done.completeExceptionally(new DeliveryException(lastFailure.condition(), lastFailure.reason()
              + " (next attempt in " + Duration.between(Instant.now(), retryAt).toMillis() + " ms)"));
        } else {
          connect(new Pending(stanza, done));
        }
      }
      case IDLE -> connect(new Pending(stanza, done));
    }
    return done;
  }

  private void connect(Pending first) {
    state = State.CONNECTING;
    enqueue(first);
    opener.open(this, pair, partner);
  }

  private void enqueue(Pending p) {
    if (queue.size() >= capacity) {
      p.done.completeExceptionally(new DeliveryException(StanzaErrorCondition.RESOURCE_CONSTRAINT,
          "the queue for " + pair + " is full (" + capacity + " stanzas) while its stream is being set up"));
    } else {
      queue.add(p);
    }
  }

  /**
   * Writes a stanza. On an acknowledging stream its future completes when the peer acknowledges it
   * (XEP-0198), otherwise once it is written.
   */
  private void write(Pending p) {
    if (acknowledged) {
      unacked.add(new Unacked(++written, p));
      channel.write(p.stanza.element());
      channel.writeAndFlush(org.bridgehead.edge.s2s.Features.sm("r", null)).addListener(f -> {
        if (!f.isSuccess()) failUnacked("the stream to " + pair.remote() + " failed while sending: " + f.cause());
      });
      return;
    }
    channel.writeAndFlush(p.stanza.element()).addListener(f -> {
      if (f.isSuccess()) {
        p.done.complete(null);
      } else {
        p.done.completeExceptionally(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
            "the stream to " + pair.remote() + " failed while sending: " + f.cause()));
      }
    });
  }

  @Override
  public synchronized void acked(long handled) {
    // h counts modulo 2^32 (XEP-0198 §4); the difference tells how far the peer has got
    while (!unacked.isEmpty() && ((handled - unacked.peek().sequence()) & 0xFFFFFFFFL) < 0x80000000L) {
      unacked.poll().pending().done().complete(null);
    }
  }

  private synchronized void failUnacked(String reason) {
    List<Unacked> lost = new ArrayList<>(unacked);
    unacked.clear();
    for (Unacked u : lost) {
      u.pending().done().completeExceptionally(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT, reason));
    }
  }

  @Override
  public synchronized void established(Channel ch, AuthMethod how, boolean acks) {
    channel = ch;
    method = how;
    acknowledged = acks;
    written = 0;
    state = State.ESTABLISHED;
    failures = 0;
    while (!queue.isEmpty()) write(queue.poll());
  }

  @Override
  public synchronized void failed(DeliveryException failure) {
    if (state != State.CONNECTING) return;
    failures++;
    long max = maxDelay.toMillis();
    long delay = Math.min(max, baseDelay.toMillis() << Math.min(failures - 1, 20));
    delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1); // jitter: 50–100 %
    retryAt = Instant.now().plusMillis(delay);
    lastFailure = new LinkFailure(Instant.now(), pair, failure.condition(), failure.getMessage());
    state = State.BACKOFF;
    List<Pending> bounced = new ArrayList<>(queue);
    queue.clear();
    for (Pending p : bounced) p.done.completeExceptionally(failure);
  }

  @Override
  public synchronized void closed() {
    if (state == State.ESTABLISHED) {
      state = State.IDLE;
      channel = null;
    }
    failUnacked("the stream to " + pair.remote() + " closed before the peer acknowledged the stanza (XEP-0198)");
  }

  /** Closes the stream, e.g. when the partner was removed. */
  synchronized void shutdown() {
    if (channel != null) channel.writeAndFlush(StreamEnd.INSTANCE).addListener(f -> channel.close());
    failed(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, pair.remote() + " is no longer a partner"));
    state = State.IDLE;
  }

  synchronized void updatePartner(XmppPartner p) { partner = p; }

  synchronized LinkStatus status() {
    // waiting: for the stream to be set up, or for the peer's acknowledgement
    return new LinkStatus(pair, state.name(), method, queue.size() + unacked.size(), lastFailure);
  }
}
