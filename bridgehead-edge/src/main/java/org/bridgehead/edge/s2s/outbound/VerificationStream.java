package org.bridgehead.edge.s2s.outbound;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.DomainBareJid;

/**
 * One dialback verification stream to an authoritative server, shared by every key to verify for the
 * same (receiving, originating) pair (XEP-0220 §2.4: one stream may carry many db:verify, told apart
 * by their ids). Saves a TCP connection and a TLS handshake per inbound stream after the first.
 * Ends once it has had nothing to verify for {@code linger}. Thread-safe: requests come from the
 * event loops of many inbound streams; answers on the stream's own.
 */
final class VerificationStream implements OutboundListener {
  /** A key waiting for its answer. */
  private record Request(String streamId, String key, CompletableFuture<Boolean> result) {}

  private final DomainBareJid receiving;
  private final DomainBareJid originating;
  private final Duration timeout;
  private final Duration linger;
  private final Runnable onEnd;
  private final Answers answers;
  private final List<Request> queued = new ArrayList<>();
  private final Map<String, List<Request>> inFlight = new HashMap<>();
  private Channel channel;
  private ScheduledFuture<?> timer;
  private boolean ended;

  /** How answers are reported (events); kept out of this class so it stays free of policy. */
  interface Answers {
    void answered(DomainBareJid receiving, DomainBareJid originating, String streamId, String type);
  }

  /** @param onEnd called once the stream can take no more requests (so its owner forgets it) */
  VerificationStream(DomainBareJid receiving, DomainBareJid originating, Duration timeout, Duration linger,
      Answers answers, Runnable onEnd) {
    this.receiving = receiving;
    this.originating = originating;
    this.timeout = timeout;
    this.linger = linger;
    this.answers = answers;
    this.onEnd = onEnd;
  }

  /** Queues or sends one key; false when this stream has ended (take a new one). */
  synchronized boolean submit(String streamId, String key, CompletableFuture<Boolean> result) {
    if (ended) return false;
    Request r = new Request(streamId, key, result);
    if (channel == null) {
      queued.add(r);
    } else {
      send(r);
    }
    return true;
  }

  @Override
  public synchronized void readyToVerify(Channel ch) {
    channel = ch;
    ch.closeFuture().addListener(f -> end(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
        originating + " closed the dialback verification stream before answering")));
    if (ended) {
      ch.close();
      return;
    }
    queued.forEach(this::send);
    queued.clear();
  }

  @Override
  public void verifyAnswer(XmlElement answer) {
    List<Request> done;
    synchronized (this) {
      done = inFlight.remove(answer.attribute("id"));
      if (done == null) return;
      if (inFlight.isEmpty()) rearm(linger, this::lingerExpired);
    }
    String type = answer.attribute("type");
    for (Request r : done) {
      if ("valid".equals(type) || "invalid".equals(type)) {
        answers.answered(receiving, originating, r.streamId(), type);
        r.result().complete("valid".equals(type));
      } else {
        r.result().completeExceptionally(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
            originating + " answered the verification with an error: " + Features.describeError(answer)));
      }
    }
  }

  @Override
  public void failed(DeliveryException failure) {
    end(failure);
  }

  /** Holds the lock: called from submit or readyToVerify. */
  private void send(Request r) {
    inFlight.computeIfAbsent(r.streamId(), k -> new ArrayList<>(1)).add(r);
    // The authoritative server must answer each key within the timeout, counted from the latest one sent.
    rearm(timeout, this::timedOut);
    channel.writeAndFlush(Features.dialback("verify", receiving.toString(), originating.toString(), r.streamId(), null, r.key()));
  }

  /** One timer per stream, never one per request: it is either the answer timeout or the linger. */
  private void rearm(Duration after, Runnable task) {
    if (timer != null) timer.cancel(false);
    timer = channel.eventLoop().schedule(task, after.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void timedOut() {
    end(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT,
        originating + " did not answer the dialback verification within " + timeout.toSeconds() + " s"));
  }

  private void lingerExpired() {
    synchronized (this) {
      if (!inFlight.isEmpty() || ended) return;
      ended = true;
    }
    onEnd.run();
    channel.writeAndFlush(StreamEnd.INSTANCE).addListener(ChannelFutureListener.CLOSE);
  }

  /** Fails every request not answered yet and closes the stream. */
  private void end(DeliveryException failure) {
    List<Request> failing = new ArrayList<>();
    synchronized (this) {
      ended = true;
      failing.addAll(queued);
      queued.clear();
      inFlight.values().forEach(failing::addAll);
      inFlight.clear();
      if (timer != null) timer.cancel(false);
    }
    onEnd.run();
    failing.forEach(r -> r.result().completeExceptionally(failure));
    if (channel != null) channel.close();
  }
}
