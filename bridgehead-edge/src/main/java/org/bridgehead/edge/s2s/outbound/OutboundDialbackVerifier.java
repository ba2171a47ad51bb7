package org.bridgehead.edge.s2s.outbound;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEvent.Kind;
import org.bridgehead.edge.policy.PartnerDirectory;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.routing.DomainPair;
import org.bridgehead.edge.s2s.DialbackVerifier;
import org.bridgehead.edge.s2s.S2sContext;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.jxmpp.jid.DomainBareJid;

/**
 * Verifies dialback keys with the originating domain's authoritative server over verification streams
 * of their own (open, with STARTTLS when possible; db:verify; answer), never over a routing stream, so
 * verification does not depend on the state of one. One {@link VerificationStream} per (receiving,
 * originating) pair carries every key asked while it is open, so a burst of inbound streams from one
 * partner costs one outbound connection, not one each.
 */
public final class OutboundDialbackVerifier implements DialbackVerifier {
  /** How long an idle verification stream stays open for the next key. */
  static final Duration LINGER = Duration.ofSeconds(10);

  private final S2sContext s2s;
  private final OutboundConnector connector;
  private final ConcurrentMap<DomainPair, VerificationStream> streams = new ConcurrentHashMap<>();

  public OutboundDialbackVerifier(S2sContext s2s, OutboundConnector connector) {
    this.s2s = s2s;
    this.connector = connector;
  }

  @Override
  public CompletableFuture<Boolean> verify(DomainBareJid receiving, DomainBareJid originating, String streamId, String key) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    PartnerDirectory dir = s2s.directory.get();
    XmppPartner partner = dir.partner(originating).orElse(null);
    if (partner == null) {
      result.completeExceptionally(new DeliveryException(StanzaErrorCondition.NOT_ALLOWED, originating + " is not a partner"));
      return result;
    }
    DomainPair pair = new DomainPair(receiving, originating);
    while (true) {
      VerificationStream[] created = new VerificationStream[1];
      VerificationStream stream = streams.computeIfAbsent(pair, p -> created[0] = newStream(p));
      if (stream.submit(streamId, key, result)) {
        // Connect outside computeIfAbsent: a failure may end the stream at once, which removes it from the map.
        if (stream == created[0]) connector.open(receiving, originating, partner, OutboundSession.Mode.VERIFY, stream);
        return result;
      }
      streams.remove(pair, stream); // it ended between lookup and submit: take a new one
    }
  }

  /** Verification streams open now (tests, status). */
  public int openStreams() { return streams.size(); }

  private VerificationStream newStream(DomainPair pair) {
    VerificationStream[] self = new VerificationStream[1];
    self[0] = new VerificationStream(pair.local(), pair.remote(), s2s.gateway.streamEstablishmentTimeout(), LINGER,
        (rcv, orig, id, type) -> s2s.events.onEvent(EdgeEvent.of(Kind.DIALBACK_VERIFIED, rcv, orig,
            "authoritative server says the key for stream " + id + " is " + type)),
        () -> streams.remove(pair, self[0]));
    return self[0];
  }
}
