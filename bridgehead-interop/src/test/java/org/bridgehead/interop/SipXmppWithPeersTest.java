package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.BaresipPeer;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.service.ManagementService;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole path with real peers: baresip registered to Bridgehead (self-contained mode) talks with a
 * Smack client on Prosody or ejabberd — IM both ways, presence both ways — and the Lync trust rules hold
 * against a real partner server.
 */
class SipXmppWithPeersTest {
  static final String ALICE = "sip:alice@contoso.test";
  static final String PASSWORD = "alice-sip-password";
  static final Duration WAIT = Duration.ofSeconds(20);

  static XmppPartner partner(Kind kind, PartnerType type) {
    XmppPartner p = Partners.partner(kind, Row.TLS_DIALBACK);
    return XmppPartner.builder(p.primaryDomain()).partnerType(type).tls(p.tls()).sasl(p.sasl()).dialback(p.dialback())
        .build();
  }

  static void provision(ManagementService store, boolean xmppAccess) {
    store.users().create(LocalUser.of(ALICE, "Alice", null), PASSWORD.toCharArray(), "test");
    var global = store.policies().find(PolicyIdentity.GLOBAL).orElseThrow();
    store.policies().update(new ExternalAccessPolicy(PolicyIdentity.GLOBAL, "", true, true, xmppAccess, true,
        global.version()), "test");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Kind.class)
  void federatedImAndPresenceBothWays(Kind kind) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "interop", "sip-" + kind));
    Partners.Pki pki = Partners.pki(kind, Row.TLS_DIALBACK, dir);
    String bobJid = "bob@" + kind.domain;
    try (XmppPeer peer = Partners.start(kind, Row.TLS_DIALBACK, pki.peer());
         BridgeheadNode node = BridgeheadNode.startWithGateway(pki.node(), partner(kind, PartnerType.FEDERATED))) {
      provision(node.node().store(), true);
      try (BaresipPeer alice = BaresipPeer.start("127.0.0.11", dir.resolve("baresip"), ALICE, PASSWORD,
               BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT, List.of("sip:" + bobJid));
           XmppTestClient bob = XmppTestClient.login(peer, "bob")) {
        alice.awaitRegistered();

        // XMPP -> SIP
        bob.send("alice@contoso.test", "hello Alice from " + kind);
        alice.awaitLog("hello Alice from " + kind, WAIT);

        // SIP -> XMPP
        alice.command("/contact_next");
        alice.command("/message hello Bob from baresip");
        Message m = bob.awaitMessage(WAIT);
        assertThat(m.getBody()).isEqualTo("hello Bob from baresip");
        assertThat(m.getFrom().asBareJid().toString()).isEqualTo("alice@contoso.test");
        // both messages counted on /metrics under the partner, by direction
        assertThat(node.node().metrics())
            .containsPattern("bridgehead_stanzas_total\\{direction=\"inbound\",partner=\"" + kind.domain + "\"} [1-9]")
            .containsPattern("bridgehead_stanzas_total\\{direction=\"outbound\",partner=\"" + kind.domain + "\"} [1-9]");

        // baresip subscribed to Bob at start: Bob is asked, and approves
        bob.awaitPresence("alice@contoso.test", p -> p.getType() == Presence.Type.subscribe, WAIT);
        bob.sendPresence(Presence.Type.subscribed, "alice@contoso.test");
        bob.setAvailability(Presence.Mode.dnd, "in a meeting");
        alice.awaitContacts("Busy.*bob@", WAIT);
        bob.setAvailability(Presence.Mode.available, "back");
        alice.awaitContacts("Online.*bob@", WAIT);

        // Bob subscribes to Alice: a Federated partner needs no approval; Alice is online (registered)
        bob.sendPresence(Presence.Type.subscribe, "alice@contoso.test");
        bob.awaitPresence("alice@contoso.test", p -> p.getType() == Presence.Type.subscribed, WAIT);
        bob.awaitPresence("alice@contoso.test", p -> p.getType() == Presence.Type.available, WAIT);
        bob.forgetPresences();
        alice.command("/presence_offline");
        bob.awaitPresence("alice@contoso.test", p -> p.getType() == Presence.Type.unavailable, WAIT);
      }
    }
  }

  @Test
  void publicUnverifiedIsHeldUntilTheUserAddsTheContact() throws Exception {
    Kind kind = Kind.PROSODY;
    Path dir = Files.createDirectories(Path.of("target", "interop", "sip-unverified"));
    Partners.Pki pki = Partners.pki(kind, Row.TLS_DIALBACK, dir);
    String bobJid = "bob@" + kind.domain;
    try (XmppPeer peer = Partners.start(kind, Row.TLS_DIALBACK, pki.peer());
         BridgeheadNode node = BridgeheadNode.startWithGateway(pki.node(), partner(kind, PartnerType.PUBLIC_UNVERIFIED));
         XmppTestClient bob = XmppTestClient.login(peer, "bob")) {
      provision(node.node().store(), true);
      try (BaresipPeer alice = BaresipPeer.start("127.0.0.11", dir.resolve("baresip-1"), ALICE, PASSWORD,
          BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT, List.of())) {
        alice.awaitRegistered();
        bob.send("alice@contoso.test", "may I?");
        Message refused = bob.awaitError(WAIT);
        assertThat(refused.getError().getCondition()).isEqualTo(StanzaError.Condition.subscription_required);
        bob.sendPresence(Presence.Type.subscribe, "alice@contoso.test");
        Thread.sleep(1000);
        assertThat(alice.logTail()).doesNotContain("may I?");
      }
      // Alice adds Bob (her contact list now holds him): his held request is approved, messages pass
      try (BaresipPeer alice = BaresipPeer.start("127.0.0.11", dir.resolve("baresip-2"), ALICE, PASSWORD,
          BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT, List.of("sip:" + bobJid))) {
        alice.awaitRegistered();
        bob.awaitPresence("alice@contoso.test", p -> p.getType() == Presence.Type.subscribed, WAIT);
        bob.send("alice@contoso.test", "now may I?");
        alice.awaitLog("now may I\\?", WAIT);
      }
    }
  }

  @Test
  void xmppAccessOffIsRefusedBothWays() throws Exception {
    Kind kind = Kind.PROSODY;
    Path dir = Files.createDirectories(Path.of("target", "interop", "sip-no-access"));
    Partners.Pki pki = Partners.pki(kind, Row.TLS_DIALBACK, dir);
    try (XmppPeer peer = Partners.start(kind, Row.TLS_DIALBACK, pki.peer());
         BridgeheadNode node = BridgeheadNode.startWithGateway(pki.node(), partner(kind, PartnerType.FEDERATED));
         XmppTestClient bob = XmppTestClient.login(peer, "bob")) {
      provision(node.node().store(), false);
      try (BaresipPeer alice = BaresipPeer.start("127.0.0.11", dir.resolve("baresip"), ALICE, PASSWORD,
          BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT, List.of("sip:bob@" + kind.domain))) {
        alice.awaitRegistered();
        bob.send("alice@contoso.test", "hello?");
        assertThat(bob.awaitError(WAIT).getError().getCondition()).isEqualTo(StanzaError.Condition.service_unavailable);
        alice.command("/contact_next");
        alice.command("/message hi Bob");
        alice.awaitLog("403", WAIT);
      }
    }
  }

  @Test
  void aMessageToAnUnreachablePartnerIsASipErrorWithinTheEstablishmentTimeout() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "interop", "sip-unreachable"));
    XmppPartner offline = XmppPartner.builder(BridgeheadNode.domain("offline.test")).partnerType(PartnerType.FEDERATED)
        .build(); // in no hosts file and no DNS: the edge cannot find it
    try (BridgeheadNode node = BridgeheadNode.startWithGateway(null, offline)) {
      provision(node.node().store(), true);
      try (BaresipPeer alice = BaresipPeer.start("127.0.0.11", dir.resolve("baresip"), ALICE, PASSWORD,
          BridgeheadNode.IP + ":" + BridgeheadNode.SIP_PORT, List.of("sip:bob@offline.test"), false)) {
        alice.awaitRegistered();
        alice.command("/contact_next");
        long start = System.nanoTime();
        alice.command("/message anyone there?");
        String failure = alice.awaitLog("404 Not Found \\(remote-server-not-found", WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(failure).contains("DNS lookup for offline.test failed");
        assertThat(node.node().metrics()).contains("bridgehead_errors_total{condition=\"remote-server-not-found\"} 1.0");
      }
    }
  }
}
