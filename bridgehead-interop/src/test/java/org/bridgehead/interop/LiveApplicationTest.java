package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.junit.jupiter.api.Test;

/**
 * A running node follows the store: a partner added in the store is accepted on Prosody's next
 * stream within a second, and a removed partner's streams are closed and refused.
 */
class LiveApplicationTest {
  private static final Kind P = Kind.PROSODY;

  @Test
  void partnerAddedAndRemovedWhileRunning() throws Exception {
    try (XmppPeer peer = Partners.start(P, Row.TCP_DIALBACK, null);
         BridgeheadNode node = BridgeheadNode.start(null, List.of());
         XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
      alice.send("bob@contoso.test", "before");
      assertThat(node.nothingInbound(Duration.ofSeconds(2))).isTrue();

      var created = node.node().store().partners().create(Partners.partner(P, Row.TCP_DIALBACK), "live-test");
      long added = System.nanoTime();
      await().atMost(Duration.ofSeconds(1)).until(() ->
          node.node().currentConfig().partners().stream().anyMatch(p -> p.primaryDomain().toString().equals(P.domain)));
      System.out.printf("partner applied %d ms after the commit%n", (System.nanoTime() - added) / 1_000_000);

      alice.send("bob@contoso.test", "after adding");
      assertThat(node.awaitInbound(peer.logTail(40)).stanza().element().child("body").orElseThrow().text())
          .isEqualTo("after adding");

      node.node().store().partners().remove(created.saved().value().primaryDomain(), created.saved().version(), "live-test");
      await().atMost(Duration.ofSeconds(1)).until(() -> node.events().stream().anyMatch(e ->
          e.kind() == EdgeEvent.Kind.INBOUND_REFUSED && e.detail().contains(P.domain + " is no longer a federated partner")));

      alice.send("bob@contoso.test", "after removal");
      assertThat(node.nothingInbound(Duration.ofSeconds(3))).as(node.eventLog()).isTrue();
    }
  }
}
