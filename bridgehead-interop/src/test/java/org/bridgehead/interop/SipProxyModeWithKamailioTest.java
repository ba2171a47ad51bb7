package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bridgehead.config.PartnerType;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.BaresipPeer;
import org.bridgehead.interop.peers.KamailioPeer;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;

/**
 * Proxy mode: Kamailio is the organisation's registrar and proxy; baresip registers to Kamailio, which
 * sends requests for XMPP domains to Bridgehead; Bridgehead sends requests for local users back to
 * Kamailio. IM both ways with a user on a real Prosody.
 */
class SipProxyModeWithKamailioTest {
  static final String KAMAILIO_IP = "127.0.0.4";

  @Test
  void imBothWaysThroughKamailio() throws Exception {
    Kind kind = Kind.PROSODY;
    Path dir = Files.createDirectories(Path.of("target", "interop", "sip-kamailio"));
    Partners.Pki pki = Partners.pki(kind, Row.TLS_DIALBACK, dir);
    Duration wait = Duration.ofSeconds(20);
    try (XmppPeer peer = Partners.start(kind, Row.TLS_DIALBACK, pki.peer());
         KamailioPeer kamailio = KamailioPeer.start(KAMAILIO_IP, dir.resolve("kamailio"), "contoso.test",
             BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT);
         BridgeheadNode node = BridgeheadNode.startWithGateway(pki.node(), KAMAILIO_IP + ":5060",
             SipXmppWithPeersTest.partner(kind, PartnerType.FEDERATED))) {
      var store = node.node().store();
      store.users().create(LocalUser.of("sip:carol@contoso.test", "Carol", null), null, "test");
      var global = store.policies().find(PolicyIdentity.GLOBAL).orElseThrow();
      store.policies().update(new ExternalAccessPolicy(PolicyIdentity.GLOBAL, "", true, true, true, true,
          global.version()), "test");
      try (BaresipPeer carol = BaresipPeer.start("127.0.0.12", dir.resolve("baresip"), "sip:carol@contoso.test", null,
               KAMAILIO_IP + ":5060", List.of("sip:bob@" + kind.domain), false);
           XmppTestClient bob = XmppTestClient.login(peer, "bob")) {
        carol.awaitRegistered();

        bob.send("carol@contoso.test", "hello Carol via Kamailio");
        carol.awaitLog("hello Carol via Kamailio", wait);

        carol.command("/contact_next");
        try {
          carol.command("/message hello Bob via Kamailio");
          Message m = bob.awaitMessage(wait);
          assertThat(m.getBody()).isEqualTo("hello Bob via Kamailio");
          assertThat(m.getFrom().asBareJid().toString()).isEqualTo("carol@contoso.test");
          assertThat(kamailio.logTail()).contains("to the XMPP gateway: MESSAGE sip:bob@" + kind.domain);
        } catch (AssertionError e) {
          throw new AssertionError(e.getMessage() + "\n" + kamailio.logTail() + "\n" + carol.logTail(), e);
        }
      }
    }
  }

  @Test
  void presenceBothWaysThroughKamailiosPresenceServer() throws Exception {
    Kind kind = Kind.PROSODY;
    Path dir = Files.createDirectories(Path.of("target", "interop", "sip-kamailio-presence"));
    Partners.Pki pki = Partners.pki(kind, Row.TLS_DIALBACK, dir);
    Duration wait = Duration.ofSeconds(20);
    try (XmppPeer peer = Partners.start(kind, Row.TLS_DIALBACK, pki.peer());
         KamailioPeer kamailio = KamailioPeer.start(KAMAILIO_IP, dir.resolve("kamailio"), "contoso.test",
             BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT);
         BridgeheadNode node = BridgeheadNode.startWithGateway(pki.node(), KAMAILIO_IP + ":5060",
             SipXmppWithPeersTest.partner(kind, PartnerType.FEDERATED))) {
      var store = node.node().store();
      store.users().create(LocalUser.of("sip:carol@contoso.test", "Carol", null), null, "test");
      var global = store.policies().find(PolicyIdentity.GLOBAL).orElseThrow();
      store.policies().update(new ExternalAccessPolicy(PolicyIdentity.GLOBAL, "", true, true, true, true,
          global.version()), "test");
      try (BaresipPeer carol = BaresipPeer.start("127.0.0.12", dir.resolve("baresip"), "sip:carol@contoso.test", null,
               KAMAILIO_IP + ":5060", List.of("sip:bob@" + kind.domain), true);
           XmppTestClient bob = XmppTestClient.login(peer, "bob")) {
        carol.awaitRegistered();
        carol.command("/presence_online"); // baresip 1.0 first publishes basic 'unknown', which is not PIDF
        try {
          // XMPP -> SIP: Carol's client subscribed to Bob through Kamailio; Bob approves and goes busy
          bob.awaitPresence("carol@contoso.test", p -> p.getType() == Presence.Type.subscribe, wait);
          bob.sendPresence(Presence.Type.subscribed, "carol@contoso.test");
          bob.setAvailability(Presence.Mode.dnd, "in a meeting");
          carol.awaitContacts("Busy.*bob@", wait);

          // SIP -> XMPP: Bob subscribes to Carol; Bridgehead follows her presence at Kamailio
          bob.sendPresence(Presence.Type.subscribe, "carol@contoso.test");
          bob.awaitPresence("carol@contoso.test", p -> p.getType() == Presence.Type.subscribed, wait);
          bob.awaitPresence("carol@contoso.test", p -> p.getType() == Presence.Type.available, wait);
          bob.forgetPresences();
          carol.command("/presence_offline");
          bob.awaitPresence("carol@contoso.test", p -> p.getType() == Presence.Type.unavailable, wait);
        } catch (AssertionError e) {
          throw new AssertionError(e.getMessage() + "\n--- kamailio ---\n" + kamailio.logTail(), e);
        }
      }
    }
  }
}
