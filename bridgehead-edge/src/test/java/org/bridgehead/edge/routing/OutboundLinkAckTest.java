package org.bridgehead.edge.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0198 on an outbound link: a stanza's future completes when the peer acknowledges it, not on write. */
class OutboundLinkAckTest {
  private final EmbeddedChannel channel = new EmbeddedChannel();

  private OutboundLink link() throws Exception {
    var local = JidCreate.domainBareFrom("contoso.test");
    var remote = JidCreate.domainBareFrom("fabrikam.test");
    var partner = XmppPartner.builder(remote).partnerType(PartnerType.FEDERATED).build();
    return new OutboundLink(new DomainPair(local, remote), partner, (l, p, x) -> {}, 10, Duration.ofMillis(100),
        Duration.ofSeconds(1));
  }

  private static Message chat(String body) throws Exception {
    return Message.chat(JidCreate.entityBareFrom("alice@contoso.test"), JidCreate.entityBareFrom("bob@fabrikam.test"), body);
  }

  @Test
  void acknowledgedStreamsCompleteOnTheAckAndFailWhatWasNeverAcknowledged() throws Exception {
    OutboundLink link = link();
    CompletableFuture<Void> first = link.send(chat("one")); // queued while connecting
    link.established(channel, AuthMethod.TLS_DIALBACK, true);
    CompletableFuture<Void> second = link.send(chat("two"));
    CompletableFuture<Void> third = link.send(chat("three"));
    assertThat(first).isNotDone();
    assertThat(((XmlElement) channel.readOutbound()).name()).isEqualTo("message");
    assertThat(((XmlElement) channel.readOutbound()).name()).isEqualTo("r"); // an ack is requested per stanza

    link.acked(2);
    assertThat(first).isCompleted();
    assertThat(second).isCompleted();
    assertThat(third).isNotDone();

    link.closed();
    assertThat(third).isCompletedExceptionally();
    try {
      third.get();
    } catch (ExecutionException e) {
      assertThat(((DeliveryException) e.getCause()).condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT);
    }
  }

  @Test
  void withoutStreamManagementAWriteIsTheOutcome() throws Exception {
    OutboundLink link = link();
    link.send(chat("queued"));
    link.established(channel, AuthMethod.SASL_EXTERNAL, false);
    assertThat(link.send(chat("now"))).isCompleted();
  }

  @Test
  void theAckCounterWrapsAt2To32() throws Exception {
    OutboundLink link = link();
    link.send(chat("x"));
    link.established(channel, AuthMethod.TLS_DIALBACK, true);
    CompletableFuture<Void> next = link.send(chat("y"));
    link.acked(0xFFFFFFFFL + 3); // h wrapped: still covers sequence 2
    assertThat(next).isCompleted();
  }
}
