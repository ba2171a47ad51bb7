package org.bridgehead.diagnostics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.PartnerType;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.routing.DomainPair;
import org.bridgehead.edge.routing.LinkStatus;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** Stanzas counted where the edge and the gateway meet, by partner and direction; refusals by condition. */
class StanzaCountingTest {
  private final BridgeheadMetrics metrics = new BridgeheadMetrics(Clock.systemUTC());

  private static Message chat(String from, String to) throws Exception {
    return Message.chat(JidCreate.from(from), JidCreate.from(to), "hi");
  }

  @Test
  void inboundStanzasAreCountedUnderTheirPartnerAndStillDelivered() throws Exception {
    List<InboundStanza> delivered = new ArrayList<>();
    GatewayLink link = StanzaCounting.inbound(delivered::add, metrics);
    var inbound = new InboundStanza(chat("bob@fabrikam.test/a", "alice@contoso.test"),
        JidCreate.domainBareFrom("fabrikam.test"), PartnerType.FEDERATED, AuthMethod.TLS_DIALBACK);
    link.deliver(inbound);
    link.deliver(inbound);
    assertThat(delivered).hasSize(2);
    assertThat(metrics.scrape()).contains("bridgehead_stanzas_total{direction=\"inbound\",partner=\"fabrikam.test\"} 2.0");
  }

  @Test
  void theGatewaysBackPressureIsPassedThrough() {
    Runnable[] asked = new Runnable[1];
    GatewayLink full = new GatewayLink() {
      @Override
      public void deliver(InboundStanza inbound) {}

      @Override
      public boolean ready(Runnable whenReady) {
        asked[0] = whenReady;
        return false;
      }
    };
    Runnable whenReady = () -> {};
    assertThat(StanzaCounting.inbound(full, metrics).ready(whenReady)).isFalse();
    assertThat(asked[0]).isSameAs(whenReady);
  }

  @Test
  void outboundStanzasCountWhenTakenAndRefusalsByCondition() throws Exception {
    CompletableFuture<Void> pending = new CompletableFuture<>();
    StanzaSender sender = StanzaCounting.outbound(stanza -> stanza.to().toString().startsWith("bob@")
        ? pending : CompletableFuture.failedFuture(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, "NXDOMAIN")), metrics);
    var result = sender.send(chat("alice@contoso.test", "bob@fabrikam.test"));
    assertThat(metrics.scrape()).doesNotContain("bridgehead_stanzas_total{direction=\"outbound\"");
    pending.complete(null);
    assertThat(result).isCompleted();
    assertThat(metrics.scrape()).contains("bridgehead_stanzas_total{direction=\"outbound\",partner=\"fabrikam.test\"} 1.0");
    assertThat(sender.send(chat("alice@contoso.test", "carol@nowhere.test"))).isCompletedExceptionally();
    assertThat(metrics.scrape()).contains("bridgehead_errors_total{condition=\"remote-server-not-found\"} 1.0");
  }

  @Test
  void queueDepthsAreSummedPerPartnerAndFallToZeroWhenALinkGoes() throws Exception {
    var contoso = JidCreate.domainBareFrom("contoso.test");
    var other = JidCreate.domainBareFrom("sales.contoso.test");
    var fabrikam = JidCreate.domainBareFrom("fabrikam.test");
    metrics.queueDepths(StanzaCounting.queueDepths(List.of(
        new LinkStatus(new DomainPair(contoso, fabrikam), "connecting", null, 3, null),
        new LinkStatus(new DomainPair(other, fabrikam), "connecting", null, 4, null))));
    assertThat(metrics.scrape()).contains("bridgehead_queue_depth{partner=\"fabrikam.test\"} 7.0");
    metrics.queueDepths(Map.of());
    assertThat(metrics.scrape()).contains("bridgehead_queue_depth{partner=\"fabrikam.test\"} 0.0");
  }
}
