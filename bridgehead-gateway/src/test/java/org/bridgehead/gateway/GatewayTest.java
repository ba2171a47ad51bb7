package org.bridgehead.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.im.TranslationTimer;
import org.bridgehead.gateway.sip.routing.SipDomains;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.bridgehead.gateway.sip.testing.TestUserAgent;
import org.bridgehead.gateway.translate.SafeXml;
import org.bridgehead.gateway.translate.presence.Pidf;
import org.bridgehead.gateway.translate.presence.PresenceState;
import org.bridgehead.gateway.translate.presence.Show;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/** The gateway end to end in one JVM: a SIP user agent on one side, the edge replaced by a recorder. */
class GatewayTest {
  static final SipUri ALICE = SipUri.parse("sip:alice@contoso.test");
  static final SipUri DAVE = SipUri.parse("sip:dave@contoso.test");
  static final String PASSWORD = "alice-password-1";
  static final List<Stanza> sent = new CopyOnWriteArrayList<>();
  static final List<Timed> timed = new CopyOnWriteArrayList<>();

  record Timed(TranslationTimer.TranslationPath path, Duration took) {}
  @TempDir static Path dir;
  static ManagementService store;
  static Gateway gateway;
  static TestUserAgent alice;

  @BeforeAll
  static void start() throws Exception {
    store = ManagementService.open(StoreLocation.embedded(dir));
    store.users().create(LocalUser.of(ALICE.toString(), "Alice", null), PASSWORD.toCharArray(), "test");
    store.users().create(LocalUser.of(DAVE.toString(), "Dave", null), "dave-password-12".toCharArray(), "test");
    var global = store.policies().find(PolicyIdentity.GLOBAL).orElseThrow();
    store.policies().update(new ExternalAccessPolicy(PolicyIdentity.GLOBAL, "", true, true, true, true, global.version()), "test");
    partner("fabrikam.test", PartnerType.FEDERATED);
    partner("verified.test", PartnerType.PUBLIC_VERIFIED);
    partner("tailspin.test", PartnerType.PUBLIC_UNVERIFIED);
    gateway = Gateway.start(GatewayOptions.selfContained(SipEndpointSettings.plain("127.0.5.10", 0)), store,
        SipDomains.of("contoso.test"), stanza -> {
          sent.add(stanza);
          if (stanza.to().getDomain().toString().equals("unreachable.test")) {
            return CompletableFuture.failedFuture(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
                "no such domain"));
          }
          return CompletableFuture.completedFuture(null);
        }, (path, took) -> timed.add(new Timed(path, took)));
    alice = new TestUserAgent("127.0.5.11", ALICE, PASSWORD, gateway.sipHop(SipTransport.UDP));
  }

  static void partner(String domain, PartnerType type) throws Exception {
    store.partners().create(XmppPartner.builder(JidCreate.domainBareFrom(domain)).partnerType(type).build(), "test");
  }

  @AfterAll
  static void stop() {
    if (alice != null) alice.close();
    if (gateway != null) gateway.close();
    if (store != null) store.close();
  }

  @BeforeEach
  void registered() {
    assertThat(alice.register(600).status()).isEqualTo(200);
    sent.clear();
    alice.received.clear();
    timed.clear();
  }

  static void inbound(String xml, PartnerType type) throws Exception {
    Stanza s = Stanza.parse(SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)));
    gateway.deliver(new InboundStanza(s, s.from().asDomainBareJid(), type, AuthMethod.TLS_DIALBACK));
  }

  static <T extends Stanza> T sentOf(Class<T> type, String to) {
    await().atMost(Duration.ofSeconds(5)).until(() -> sent.stream().anyMatch(s -> type.isInstance(s)
        && s.to().toString().equals(to)));
    return type.cast(sent.stream().filter(s -> type.isInstance(s) && s.to().toString().equals(to)).findFirst().get());
  }

  @Test
  void registrationNeedsTheRightPassword() {
    try (var intruder = new TestUserAgent("127.0.5.12", ALICE, "wrong-password", gateway.sipHop(SipTransport.UDP))) {
      var refused = intruder.register(600);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.reason()).contains("wrong password");
    }
    assertThat(gateway.location().lookup(ALICE)).hasSize(1);
  }

  @Test
  void aSipMessageBecomesAnXmppChatMessageAnsweredOnceWritten() {
    var response = alice.message(SipUri.parse("sip:bob@fabrikam.test"), "hello Bob");
    assertThat(response.status()).isEqualTo(200);
    Message m = sentOf(Message.class, "bob@fabrikam.test");
    assertThat(m.from().toString()).isEqualTo("alice@contoso.test");
    assertThat(m.body()).contains("hello Bob");
    assertThat(m.type()).isEqualTo("chat");
  }

  @Test
  void eachTranslatedMessageIsTimedOnceAndRefusedOnesAreNot() throws Exception {
    assertThat(alice.message(SipUri.parse("sip:bob@fabrikam.test"), "timed").status()).isEqualTo(200);
    assertThat(timed).singleElement().satisfies(t -> {
      assertThat(t.path()).isEqualTo(TranslationTimer.TranslationPath.SIP_TO_XMPP);
      assertThat(t.took()).isPositive().isLessThan(Duration.ofSeconds(5));
    });
    timed.clear();
    inbound("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' to='alice@contoso.test' type='chat'>"
        + "<body>timed too</body></message>", PartnerType.FEDERATED);
    assertThat(alice.next("MESSAGE", 5).bodyText()).isEqualTo("timed too");
    await().atMost(Duration.ofSeconds(5)).until(() -> !timed.isEmpty());
    assertThat(timed).singleElement().satisfies(t -> {
      assertThat(t.path()).isEqualTo(TranslationTimer.TranslationPath.XMPP_TO_SIP);
      assertThat(t.took()).isPositive().isLessThan(Duration.ofSeconds(5));
    });
    timed.clear();
    // refused: a content type with no XMPP form, and a message for nobody
    var html = new org.bridgehead.gateway.sip.stack.SipRequest("MESSAGE", SipUri.parse("sip:bob@fabrikam.test"),
        new org.bridgehead.gateway.sip.stack.NameAddr(null, ALICE, "t3"),
        org.bridgehead.gateway.sip.stack.NameAddr.of(SipUri.parse("sip:bob@fabrikam.test")), "c-11", 1, null, null, null,
        "text/html", "<b>hi</b>".getBytes(StandardCharsets.UTF_8), gateway.sipHop(SipTransport.UDP));
    assertThat(alice.send(html).status()).isEqualTo(415);
    inbound("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' to='nobody@contoso.test' type='chat'>"
        + "<body>anyone?</body></message>", PartnerType.FEDERATED);
    sentOf(Message.class, "bob@fabrikam.test/phone");
    assertThat(timed).isEmpty();
  }

  @Test
  void anUnreachableDomainIsAMappedSipError() {
    var response = alice.message(SipUri.parse("sip:bob@unreachable.test"), "anyone?");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.reason()).contains("remote-server-not-found");
  }

  @Test
  void anXmppMessageReachesTheRegisteredDevice() throws Exception {
    inbound("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' to='alice@contoso.test' type='chat'>"
        + "<body>hi Alice</body><thread>t-1</thread></message>", PartnerType.FEDERATED);
    var m = alice.next("MESSAGE", 5);
    assertThat(m.bodyText()).isEqualTo("hi Alice");
    assertThat(m.from().uri().toString()).startsWith("sip:bob@fabrikam.test");
    assertThat(m.callId()).isEqualTo("t-1");
  }

  @Test
  void aUserWithNoDeviceIsRecipientUnavailable() throws Exception {
    store.users().create(LocalUser.of("sip:frank@contoso.test", "Frank", null), null, "test");
    inbound("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' to='frank@contoso.test' id='m1' type='chat'>"
        + "<body>hi Frank</body></message>", PartnerType.FEDERATED);
    Message error = sentOf(Message.class, "bob@fabrikam.test/phone");
    assertThat(Stanzas.error(error).orElseThrow().condition()).isEqualTo(StanzaErrorCondition.RECIPIENT_UNAVAILABLE);
  }

  @Test
  void publicUnverifiedUsersAreHeldUntilTheUserAddsThem() throws Exception {
    inbound("<message xmlns='jabber:server' from='eve@tailspin.test/pc' to='alice@contoso.test' type='chat'>"
        + "<body>spam?</body></message>", PartnerType.PUBLIC_UNVERIFIED);
    Message error = sentOf(Message.class, "eve@tailspin.test/pc");
    assertThat(Stanzas.error(error).orElseThrow().condition()).isNotNull();
    inbound("<presence xmlns='jabber:server' from='eve@tailspin.test' to='alice@contoso.test' type='subscribe'/>",
        PartnerType.PUBLIC_UNVERIFIED);
    Thread.sleep(300);
    assertThat(sent).noneMatch(s -> s instanceof Presence p && "subscribed".equals(p.type()));
    assertThat(alice.received).isEmpty();

    var sub = alice.subscribe(SipUri.parse("sip:eve@tailspin.test"), 600); // alice adds Eve
    assertThat(sub.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> sent.stream().anyMatch(s -> s instanceof Presence p
        && "subscribed".equals(p.type()) && p.to().toString().equals("eve@tailspin.test")));
    assertThat(sent).anyMatch(s -> s instanceof Presence p && "subscribe".equals(p.type()));
    sent.clear();
    inbound("<message xmlns='jabber:server' from='eve@tailspin.test/pc' to='alice@contoso.test' type='chat'>"
        + "<body>now?</body></message>", PartnerType.PUBLIC_UNVERIFIED);
    assertThat(alice.next("MESSAGE", 5).bodyText()).isEqualTo("now?");
  }

  @Test
  void notesReachFederatedWatchersOnly() throws Exception {
    inbound("<presence xmlns='jabber:server' from='bob@fabrikam.test' to='alice@contoso.test' type='subscribe'/>",
        PartnerType.FEDERATED);
    inbound("<presence xmlns='jabber:server' from='vic@verified.test' to='alice@contoso.test' type='subscribe'/>",
        PartnerType.PUBLIC_VERIFIED);
    await().atMost(Duration.ofSeconds(5)).until(() -> sent.stream().filter(s -> s instanceof Presence p
        && "subscribed".equals(p.type())).count() == 2);
    sent.clear();
    PresenceState away = PresenceState.fromXmpp(true, Show.AWAY, "at lunch");
    assertThat(alice.publish(Pidf.build(ALICE, away), 600).status()).isEqualTo(200);
    Presence toBob = sentOf(Presence.class, "bob@fabrikam.test");
    Presence toVic = sentOf(Presence.class, "vic@verified.test");
    assertThat(toBob.element().child("show").orElseThrow().text()).isEqualTo("away");
    assertThat(toBob.element().child("status").orElseThrow().text()).isEqualTo("at lunch");
    assertThat(toVic.element().child("show").orElseThrow().text()).isEqualTo("away");
    assertThat(toVic.element().child("status")).isEmpty();
  }

  @Test
  void anXmppContactsPresenceReachesTheSipWatcher() throws Exception {
    var sub = alice.subscribe(SipUri.parse("sip:carol@fabrikam.test"), 600);
    assertThat(sub.status()).isEqualTo(200);
    assertThat(alice.next("NOTIFY", 5).header("Subscription-State").orElseThrow()).startsWith("pending");
    assertThat(sentOf(Presence.class, "carol@fabrikam.test").type()).isEqualTo("subscribe");
    inbound("<presence xmlns='jabber:server' from='carol@fabrikam.test' to='alice@contoso.test' type='subscribed'/>",
        PartnerType.FEDERATED);
    var active = alice.next("NOTIFY", 5);
    assertThat(active.header("Subscription-State").orElseThrow()).startsWith("active");
    inbound("<presence xmlns='jabber:server' from='carol@fabrikam.test/desk' to='alice@contoso.test'>"
        + "<show>dnd</show><status>in a meeting</status></presence>", PartnerType.FEDERATED);
    PresenceState busy = Pidf.parse(alice.next("NOTIFY", 5).body());
    assertThat(busy.available()).isTrue();
    assertThat(busy.show()).isEqualTo(Show.DND);
    assertThat(busy.note()).isEqualTo("in a meeting");
    assertThat(busy.availability()).isNotEqualTo(OptionalInt.empty());
  }

  @Test
  void xmppAccessOffIsRefusedBothWays() throws Exception {
    store.users().create(LocalUser.of("sip:olga@contoso.test", "Olga", null), "olga-password-12".toCharArray(), "test");
    store.policies().create(new ExternalAccessPolicy(PolicyIdentity.named("NoXmpp"), "", true, true, false, true, 0), "test");
    var olgaUser = store.users().find("sip:olga@contoso.test").orElseThrow();
    store.policies().grant("sip:olga@contoso.test", "NoXmpp", olgaUser.version(), "test");
    try (var olga = new TestUserAgent("127.0.5.13", SipUri.parse("sip:olga@contoso.test"), "olga-password-12",
        gateway.sipHop(SipTransport.UDP))) {
      assertThat(olga.register(600).status()).isEqualTo(200);
      assertThat(olga.message(SipUri.parse("sip:bob@fabrikam.test"), "hi").status()).isEqualTo(403);
      inbound("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' to='olga@contoso.test' type='chat'>"
          + "<body>hi Olga</body></message>", PartnerType.FEDERATED);
      Message error = sentOf(Message.class, "bob@fabrikam.test/phone");
      assertThat(Stanzas.error(error).orElseThrow().condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
      assertThat(olga.received).isEmpty();
    }
  }

  @Test
  void aStanzaArrivingWhileTheGatewayClosesIsAnsweredNotDropped() throws Exception {
    List<Stanza> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
    Gateway closed = Gateway.start(GatewayOptions.selfContained(SipEndpointSettings.plain("127.0.5.15", 0)), store,
        SipDomains.of("contoso.test"), stanza -> {
          replies.add(stanza);
          return CompletableFuture.completedFuture(null);
        });
    closed.close();
    Stanza s = Stanza.parse(SafeXml.parse(("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' "
        + "to='alice@contoso.test' type='chat'><body>anyone?</body></message>").getBytes(StandardCharsets.UTF_8)));
    closed.deliver(new InboundStanza(s, s.from().asDomainBareJid(), PartnerType.FEDERATED, AuthMethod.TLS_DIALBACK));
    assertThat(replies).singleElement().satisfies(reply -> {
      assertThat(reply.to().toString()).isEqualTo("bob@fabrikam.test/phone");
      assertThat(Stanzas.error(reply).orElseThrow().condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
    });
    assertThat(closed.ready(() -> { })).as("nothing is left waiting").isTrue();
  }

  @Test
  void localUsersMessageEachOther() throws Exception {
    try (var dave = new TestUserAgent("127.0.5.14", DAVE, "dave-password-12", gateway.sipHop(SipTransport.UDP))) {
      assertThat(dave.register(600).status()).isEqualTo(200);
      assertThat(alice.message(DAVE, "lunch?").status()).isEqualTo(200);
      assertThat(dave.next("MESSAGE", 5).bodyText()).isEqualTo("lunch?");
      // relaying spends a hop; a request with none left is refused, so a routing loop ends (RFC 3261 §16)
      assertThat(alice.message(DAVE, "looping?", 0).status()).isEqualTo(483);
      assertThat(alice.message(DAVE, "near", 5).status()).isEqualTo(200);
      var near = dave.next("MESSAGE", 5);
      assertThat(near.bodyText()).isEqualTo("near");
      assertThat(near.header("Max-Forwards")).contains("4");
      dave.answerWith(486);
      assertThat(alice.message(DAVE, "hello?").status()).isEqualTo(486);
      assertThat(dave.register(0).status()).isEqualTo(200);
    }
    assertThat(gateway.location().lookup(DAVE)).isEmpty();
  }

  @Test
  void chatStatesBecomeIsComposingAndBack() throws Exception {
    inbound("<message xmlns='jabber:server' from='bob@fabrikam.test/phone' to='alice@contoso.test' type='chat'>"
        + "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>", PartnerType.FEDERATED);
    var indication = alice.next("MESSAGE", 5);
    assertThat(indication.contentType()).startsWith("application/im-iscomposing+xml");
    assertThat(indication.bodyText()).contains("<state>active</state>");

    String composing = "<?xml version='1.0' encoding='UTF-8'?><isComposing xmlns='urn:ietf:params:xml:ns:im-iscomposing'>"
        + "<state>active</state><contenttype>text/plain</contenttype></isComposing>";
    var request = new org.bridgehead.gateway.sip.stack.SipRequest("MESSAGE", SipUri.parse("sip:bob@fabrikam.test"),
        new org.bridgehead.gateway.sip.stack.NameAddr(null, ALICE, "t1"),
        org.bridgehead.gateway.sip.stack.NameAddr.of(SipUri.parse("sip:bob@fabrikam.test")), "c-9", 1, null, null, null,
        "application/im-iscomposing+xml", composing.getBytes(StandardCharsets.UTF_8), gateway.sipHop(SipTransport.UDP));
    assertThat(alice.send(request).status()).isEqualTo(200);
    Message state = sentOf(Message.class, "bob@fabrikam.test");
    assertThat(state.element().child("composing", "http://jabber.org/protocol/chatstates")).isPresent();
    assertThat(state.body()).isEmpty();
  }

  @Test
  void otherContentTypesAreRefusedWithWhatIsAccepted() {
    var request = new org.bridgehead.gateway.sip.stack.SipRequest("MESSAGE", SipUri.parse("sip:bob@fabrikam.test"),
        new org.bridgehead.gateway.sip.stack.NameAddr(null, ALICE, "t2"),
        org.bridgehead.gateway.sip.stack.NameAddr.of(SipUri.parse("sip:bob@fabrikam.test")), "c-10", 1, null, null, null,
        "text/html", "<b>hi</b>".getBytes(StandardCharsets.UTF_8), gateway.sipHop(SipTransport.UDP));
    var response = alice.send(request);
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.headers().first("Accept")).get().asString().contains("text/plain");
    assertThat(sent).noneMatch(s -> s instanceof Message);
  }
}
