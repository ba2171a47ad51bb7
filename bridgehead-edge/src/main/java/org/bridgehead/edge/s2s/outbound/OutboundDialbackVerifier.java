package org.bridgehead.edge.s2s.outbound;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.CompletableFuture;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEvent.Kind;
import org.bridgehead.edge.policy.PartnerDirectory;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.DialbackVerifier;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.edge.s2s.S2sContext;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.DomainBareJid;

/**
 * Verifies a dialback key over a short-lived stream of its own to the originating domain's
 * authoritative server: open (with STARTTLS when possible), send db:verify, read the answer, close.
 * A stream of its own keeps verification independent of the state of any routing stream.
 */
public final class OutboundDialbackVerifier implements DialbackVerifier {
  private final S2sContext s2s;
  private final OutboundConnector connector;

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
    connector.open(receiving, originating, partner, OutboundSession.Mode.VERIFY, new OutboundListener() {
      private Channel channel;

      @Override
      public void readyToVerify(Channel ch) {
        channel = ch;
        var timeout = s2s.gateway.streamEstablishmentTimeout();
        ch.eventLoop().schedule(() -> {
          if (result.completeExceptionally(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT,
              originating + " did not answer the dialback verification within " + timeout.toSeconds() + " s"))) {
            ch.close();
          }
        }, timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        ch.writeAndFlush(Features.dialback("verify", receiving.toString(), originating.toString(), streamId, null, key));
      }

      @Override
      public void verifyAnswer(XmlElement answer) {
        if (!streamId.equals(answer.attribute("id"))) return;
        String type = answer.attribute("type");
        if ("valid".equals(type) || "invalid".equals(type)) {
          s2s.events.onEvent(EdgeEvent.of(Kind.DIALBACK_VERIFIED, receiving, originating,
              "authoritative server says the key for stream " + streamId + " is " + type));
          result.complete("valid".equals(type));
        } else {
          result.completeExceptionally(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
              originating + " answered the verification with an error: " + Features.describeError(answer)));
        }
        channel.writeAndFlush(StreamEnd.INSTANCE).addListener(ChannelFutureListener.CLOSE);
      }

      @Override
      public void failed(DeliveryException failure) {
        result.completeExceptionally(failure);
      }
    });
    return result;
  }
}
