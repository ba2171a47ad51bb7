package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.routing.LinkStatus;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.jivesoftware.smack.packet.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bridgehead federates with real Prosody and ejabberd in both directions, authenticated as each
 * proven row of the negotiation matrix demands: SASL EXTERNAL (row 2), TLS dialback (row 13), TCP
 * dialback (row 17). A user on the peer also pings Bridgehead's domain over the same streams.
 */
class FederationWithPeersTest {
  static List<Arguments> cases() {
    return List.of(
        Arguments.of(Kind.PROSODY, Row.SASL_OVER_TLS), Arguments.of(Kind.PROSODY, Row.TLS_DIALBACK),
        Arguments.of(Kind.PROSODY, Row.TCP_DIALBACK), Arguments.of(Kind.EJABBERD, Row.SASL_OVER_TLS),
        Arguments.of(Kind.EJABBERD, Row.TLS_DIALBACK), Arguments.of(Kind.EJABBERD, Row.TCP_DIALBACK));
  }

  static AuthMethod expected(Row row) {
    return switch (row) {
      case SASL_OVER_TLS -> AuthMethod.SASL_EXTERNAL;
      case TLS_DIALBACK -> AuthMethod.TLS_DIALBACK;
      case TCP_DIALBACK -> AuthMethod.TCP_DIALBACK;
    };
  }

  @ParameterizedTest(name = "{0}, matrix row {1}")
  @MethodSource("cases")
  void imBothWaysAndPing(Kind kind, Row row) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "interop", kind + "-" + row));
    Partners.Pki pki = Partners.pki(kind, row, dir);
    try (XmppPeer peer = Partners.start(kind, row, pki.peer());
         BridgeheadNode node = BridgeheadNode.start(pki.node(), List.of(), Partners.partner(kind, row));
         XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
      String diagnostics = peer.logTail(60);

      alice.send("bob@contoso.test", "hello Bridgehead from " + kind);
      InboundStanza in = node.awaitInbound(peer.logTail(60));
      assertThat(in.stanza().element().child("body").orElseThrow().text()).isEqualTo("hello Bridgehead from " + kind);
      assertThat(in.stanza().from().asBareJid().toString()).isEqualTo("alice@" + kind.domain);
      assertThat(in.authenticatedBy()).as("inbound authentication").isEqualTo(expected(row));

      node.send("bob@contoso.test", "alice@" + kind.domain, "hello " + kind + " from Bridgehead")
          .get(20, TimeUnit.SECONDS);
      Message out = alice.awaitMessage(Duration.ofSeconds(20));
      assertThat(out.getBody()).isEqualTo("hello " + kind + " from Bridgehead");
      assertThat(out.getFrom().asBareJid().toString()).isEqualTo("bob@contoso.test");
      if (kind == Kind.PROSODY && row == Row.SASL_OVER_TLS) {
        // Prosody offers XEP-0198 in the features after SASL (not after dialback, which sends none):
        // the send future above completed on Prosody's acknowledgement
        assertThat(node.eventLog()).contains("stanzas acknowledged (XEP-0198)");
      }
      LinkStatus link = node.node().edge().outboundStatus().get(0);
      assertThat(link.authenticatedBy()).as("outbound authentication; events:\n" + node.eventLog()).isEqualTo(expected(row));

      assertThat(alice.ping("contoso.test", Duration.ofSeconds(20)))
          .as("alice@%s pings contoso.test\n%s\n%s", kind.domain, node.eventLog(), diagnostics).isTrue();
    }
  }
}
