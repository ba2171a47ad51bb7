package org.bridgehead.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.testkit.pki.TestPki;
import org.bridgehead.xmpp.stanza.Iq;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/** Two Bridgehead edges federating over loopback: every authentication path and refusal. */
class S2sFederationTest {
  @TempDir Path dir;
  private TestNode a;
  private TestNode b;

  @AfterEach
  void stop() {
    if (a != null) a.close();
    if (b != null) b.close();
  }

  private void exchange(AuthMethod expected) throws Exception {
    a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@" + a.domain),
        JidCreate.entityBareFrom("bob@" + b.domain), "hello bob")).get(15, TimeUnit.SECONDS);
    InboundStanza atB = b.awaitDelivery();
    assertThat(atB.stanza().element().child("body").orElseThrow().text()).isEqualTo("hello bob");
    assertThat(atB.authenticatedBy()).isEqualTo(expected);
    assertThat(atB.partnerType()).isEqualTo(PartnerType.FEDERATED);

    b.edge.sender().send(Message.chat(JidCreate.entityBareFrom("bob@" + b.domain),
        JidCreate.entityBareFrom("alice@" + a.domain), "hello alice")).get(15, TimeUnit.SECONDS);
    InboundStanza atA = a.awaitDelivery();
    assertThat(atA.stanza().from().toString()).isEqualTo("bob@" + b.domain);
    assertThat(atA.authenticatedBy()).isEqualTo(expected);
  }

  @Test
  void saslExternalBothWaysWithTrustedCertificates() throws Exception {
    TestPki ca = TestPki.newCa("Shared CA");
    a = TestNode.at("contoso.test", "127.0.0.31");
    b = TestNode.at("fabrikam.test", "127.0.0.32");
    a.start(a.tls(ca, ca, dir), b.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.REQUIRED).sasl(Negotiation.REQUIRED).dialback(false).build());
    b.start(b.tls(ca, ca, dir), a.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.REQUIRED).sasl(Negotiation.REQUIRED).dialback(false).build());
    exchange(AuthMethod.SASL_EXTERNAL);
  }

  @Test
  void saslExternalAcceptsCertificatesThatOnlyHaveServerAuthUsage() throws Exception {
    TestPki ca = TestPki.newCa("Shared CA");
    a = TestNode.at("contoso.test", "127.0.0.58");
    b = TestNode.at("fabrikam.test", "127.0.0.59");
    a.start(serverAuthOnly(ca, a.domain), b.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.REQUIRED).sasl(Negotiation.REQUIRED).dialback(false).build());
    b.start(serverAuthOnly(ca, b.domain), a.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.REQUIRED).sasl(Negotiation.REQUIRED).dialback(false).build());
    exchange(AuthMethod.SASL_EXTERNAL);
  }

  private TlsSettings serverAuthOnly(TestPki ca, String domain) {
    TestPki.PemFiles f = ca.issue(TestPki.request().dnsName(domain).clientAuth(false)).write(dir, domain + "-sa");
    return new TlsSettings(f.certificateChain(), f.privateKey(), ca.writeCertificate(dir.resolve("ca-sa.crt")));
  }

  @Test
  void tlsDialbackWhenCertificatesAreNotTrusted() throws Exception {
    TestPki caA = TestPki.newCa("CA of A");
    TestPki caB = TestPki.newCa("CA of B");
    a = TestNode.at("contoso.test", "127.0.0.33");
    b = TestNode.at("fabrikam.test", "127.0.0.34");
    // Row 13: TLS Required, SASL NotSupported, dialback on. Each trusts only its own CA.
    a.start(a.tls(caA, caA, dir), b.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.REQUIRED).sasl(Negotiation.NOT_SUPPORTED).dialback(true).build());
    b.start(b.tls(caB, caB, dir), a.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.REQUIRED).sasl(Negotiation.NOT_SUPPORTED).dialback(true).build());
    exchange(AuthMethod.TLS_DIALBACK);
    assertThat(b.events).anyMatch(e -> e.kind() == EdgeEvent.Kind.DIALBACK_VERIFIED && e.detail().contains("valid"));
  }

  @Test
  void tcpDialbackWithoutTls() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.35");
    b = TestNode.at("fabrikam.test", "127.0.0.36");
    // Row 17: no TLS, no SASL, dialback: the Google Talk configuration of Lync's documentation.
    a.start(null, b.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).dialback(true).build());
    b.start(null, a.asPartner().partnerType(PartnerType.FEDERATED)
        .tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).dialback(true).build());
    exchange(AuthMethod.TCP_DIALBACK);
    var partnerA = JidCreate.domainBareFrom(a.domain);
    assertThat(b.edge.inboundStreams(partnerA)).isEqualTo(1);

    // A stops: B counts A's inbound stream as gone and says so (status, open-stream metrics)
    a.close();
    a = null;
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
        .until(() -> b.edge.inboundStreams(partnerA) == 0);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> b.events.stream().anyMatch(
        e -> e.kind() == EdgeEvent.Kind.STREAM_CLOSED && e.detail().startsWith("inbound") && e.remote().equals(partnerA.toString())));
  }

  @Test
  void pingAndDiscoOfTheServerDomainAreAnswered() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.37");
    b = TestNode.at("fabrikam.test", "127.0.0.38");
    a.start(null, b.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    b.start(null, a.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    var alice = JidCreate.fullFrom("alice@contoso.test/desk");
    a.edge.sender().send(Iq.get(alice, JidCreate.domainBareFrom(b.domain), "p1",
        XmlElement.builder("ping", Namespaces.PING).build())).get(15, TimeUnit.SECONDS);
    InboundStanza pong = a.awaitDelivery();
    assertThat(pong.stanza().id()).isEqualTo("p1");
    assertThat(pong.stanza().type()).isEqualTo("result");

    a.edge.sender().send(Iq.get(alice, JidCreate.domainBareFrom(b.domain), "d1",
        XmlElement.builder("query", Namespaces.DISCO_INFO).build())).get(15, TimeUnit.SECONDS);
    InboundStanza disco = a.awaitDelivery();
    assertThat(disco.stanza().type()).isEqualTo("result");
    assertThat(disco.stanza().element().toString()).contains("urn:xmpp:ping").contains("category='server'");
  }

  @Test
  void messageToUserWithoutGatewayIsAnsweredWithServiceUnavailable() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.39");
    b = TestNode.at("fabrikam.test", "127.0.0.40");
    a.start(null, b.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    // b runs with the default NoGateway.
    b.edge = Edge.start(new org.bridgehead.config.NodeConfig(java.util.Set.of(TestNode.jid(b.domain)),
        new org.bridgehead.config.EdgeSettings(b.address, null, List.of(), null, 5269, 65536, 10,
            Duration.ofMillis(50), Duration.ofMillis(200)),
        org.bridgehead.config.GatewaySettings.DEFAULTS,
        List.of(a.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build())), null, null);
    a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@" + a.domain),
        JidCreate.entityBareFrom("bob@" + b.domain), "anyone there?")).get(15, TimeUnit.SECONDS);
    InboundStanza error = a.awaitDelivery();
    assertThat(error.stanza().type()).isEqualTo("error");
    assertThat(error.stanza().element().toString()).contains("service-unavailable");
  }

  @Test
  void certificateThatDoesNotMatchFailsWhenOnlySaslIsAllowed() throws Exception {
    TestPki ca = TestPki.newCa("Shared CA");
    a = TestNode.at("contoso.test", "127.0.0.41");
    b = TestNode.at("fabrikam.test", "127.0.0.42");
    // b's certificate names another domain; row 2 (SASL over TLS only, no dialback).
    TestPki.PemFiles wrong = ca.issue(TestPki.request().dnsName("wrong.test").commonName("fabrikam.test")).write(dir, "wrong");
    TlsSettings bTls = new TlsSettings(wrong.certificateChain(), wrong.privateKey(), ca.writeCertificate(dir.resolve("ca.crt")));
    a.start(a.tls(ca, ca, dir), b.asPartner().tls(Negotiation.REQUIRED).sasl(Negotiation.REQUIRED).dialback(false).build());
    b.start(bTls, a.asPartner().tls(Negotiation.REQUIRED).sasl(Negotiation.REQUIRED).dialback(false).build());
    var send = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@" + a.domain),
        JidCreate.entityBareFrom("bob@" + b.domain), "hi"));
    assertThatThrownBy(() -> send.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(DeliveryException.class).hasMessageContaining("fabrikam.test");
    assertThat(((DeliveryException) causeOf(send)).condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND);
    assertThat(causeOf(send).getMessage()).containsAnyOf("certificate", "not valid");
  }

  @Test
  void nonPartnerDomainIsRefused() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.43");
    b = TestNode.at("fabrikam.test", "127.0.0.44");
    a.start(null, b.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    b.start(null); // b federates with nobody
    var send = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@" + a.domain),
        JidCreate.entityBareFrom("bob@" + b.domain), "hi"));
    assertThatThrownBy(() -> send.get(15, TimeUnit.SECONDS)).hasCauseInstanceOf(DeliveryException.class);
    assertThat(causeOf(send).getMessage()).contains("not a federated partner");
    assertThat(b.events).anyMatch(e -> e.kind() == EdgeEvent.Kind.INBOUND_REFUSED
        && e.detail().contains("contoso.test is not a federated partner"));
  }

  @Test
  void sendingToANonPartnerFailsAtOnce() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.45");
    a.start(null);
    var send = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@contoso.test"),
        JidCreate.entityBareFrom("eve@unknown.test"), "hi"));
    assertThat(causeOf(send)).isInstanceOf(DeliveryException.class).hasMessageContaining("not a federated partner");
    assertThat(((DeliveryException) causeOf(send)).condition()).isEqualTo(StanzaErrorCondition.NOT_ALLOWED);
  }

  @Test
  void unreachablePartnerBouncesWithRemoteServerNotFoundAndKeepsTheFailure() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.46");
    int closed = TestNode.freePort("127.0.0.47");
    a.start(null, org.bridgehead.config.XmppPartner.builder(TestNode.jid("gone.test"))
        .proxyFqdn("127.0.0.47:" + closed).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    var send = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@contoso.test"),
        JidCreate.entityBareFrom("bob@gone.test"), "hi"));
    Throwable cause = causeOf(send);
    assertThat(((DeliveryException) cause).condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND);
    assertThat(a.edge.outboundStatus()).singleElement().satisfies(s -> {
      assertThat(s.lastFailure()).isNotNull();
      assertThat(s.lastFailure().reason()).contains("127.0.0.47");
    });
  }

  @Test
  void failedLinkBacksOffThenTriesAgain() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.65");
    int closed = TestNode.freePort("127.0.0.66");
    a.retryBase = Duration.ofMillis(500); // first back-off: 250–500 ms with jitter
    a.retryMax = Duration.ofMillis(600);
    a.start(null, org.bridgehead.config.XmppPartner.builder(TestNode.jid("gone.test"))
        .proxyFqdn("127.0.0.66:" + closed).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    var from = JidCreate.entityBareFrom("alice@contoso.test");
    var to = JidCreate.entityBareFrom("bob@gone.test");
    causeOf(a.edge.sender().send(Message.chat(from, to, "1")));
    // Within the back-off the sender is told at once, with the last failure, and no new attempt is made.
    Throwable fast = causeOf(a.edge.sender().send(Message.chat(from, to, "2")));
    assertThat(fast).hasMessageContaining("next attempt in").hasMessageContaining("127.0.0.66");
    long attempts = a.events.stream().filter(e -> e.kind() == EdgeEvent.Kind.CONNECTING).count();
    assertThat(attempts).isEqualTo(1);
    Thread.sleep(700); // past the longest first back-off (500 ms)
    causeOf(a.edge.sender().send(Message.chat(from, to, "3")));
    assertThat(a.events.stream().filter(e -> e.kind() == EdgeEvent.Kind.CONNECTING).count()).isGreaterThan(attempts);
  }

  @Test
  void silentPartnerBouncesWithRemoteServerTimeout() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.48");
    try (var silent = new java.net.ServerSocket(0, 5, TestNode.loopback("127.0.0.49"))) {
      a.start(null, List.of(), Duration.ofMillis(700), org.bridgehead.config.XmppPartner.builder(TestNode.jid("slow.test"))
          .proxyFqdn("127.0.0.49:" + silent.getLocalPort()).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
      var send = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@contoso.test"),
          JidCreate.entityBareFrom("bob@slow.test"), "hi"));
      assertThat(((DeliveryException) causeOf(send)).condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT);
    }
  }

  @Test
  void fullQueueRefusesWithResourceConstraint() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.50");
    try (var silent = new java.net.ServerSocket(0, 5, TestNode.loopback("127.0.0.51"))) {
      a.start(null, List.of(), Duration.ofSeconds(2), org.bridgehead.config.XmppPartner.builder(TestNode.jid("slow.test"))
          .proxyFqdn("127.0.0.51:" + silent.getLocalPort()).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
      var from = JidCreate.entityBareFrom("alice@contoso.test");
      var to = JidCreate.entityBareFrom("bob@slow.test");
      var queued = List.of(a.edge.sender().send(Message.chat(from, to, "1")), a.edge.sender().send(Message.chat(from, to, "2")),
          a.edge.sender().send(Message.chat(from, to, "3")));
      var overflow = a.edge.sender().send(Message.chat(from, to, "4")); // capacity is 3
      assertThat(((DeliveryException) causeOf(overflow)).condition()).isEqualTo(StanzaErrorCondition.RESOURCE_CONSTRAINT);
      for (var q : queued) {
        assertThat(((DeliveryException) causeOf(q)).condition()).isEqualTo(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT);
      }
    }
  }

  @Test
  void perPartnerConnectionLimitRefusesTheStreamBeyondIt() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.56").alsoServing("corp.contoso.test");
    b = TestNode.at("fabrikam.test", "127.0.0.57");
    a.start(null, b.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED)
        .connectionLimit(java.util.OptionalInt.of(1)).build());
    b.start(null, a.asPartner().additionalDomains(java.util.Set.of(TestNode.jid("corp.contoso.test")))
        .tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    var bob = JidCreate.entityBareFrom("bob@fabrikam.test");
    a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@contoso.test"), bob, "first")).get(15, TimeUnit.SECONDS);
    assertThat(b.awaitDelivery().stanza().from().toString()).isEqualTo("alice@contoso.test");

    // A second domain pair needs a second stream to the same partner: over its limit of 1.
    var second = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("carol@corp.contoso.test"), bob, "second"));
    assertThat(((DeliveryException) causeOf(second)).condition()).isEqualTo(StanzaErrorCondition.RESOURCE_CONSTRAINT);
    assertThat(causeOf(second)).hasMessageContaining("limit of 1 outbound streams to partner fabrikam.test");
  }

  @Test
  void srvFailoverSkipsTheDeadFirstPriorityTarget() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.53");
    b = TestNode.at("fabrikam.test", "127.0.0.54");
    int dead = TestNode.freePort("127.0.0.55");
    try (var dns = new org.bridgehead.testkit.dns.LoopbackDnsServer()) {
      dns.addSrv("_xmpp-server._tcp.fabrikam.test", 10, 0, dead, "pool1.fabrikam.test")
          .addSrv("_xmpp-server._tcp.fabrikam.test", 20, 0, b.address.getPort(), "pool2.fabrikam.test")
          .addA("pool1.fabrikam.test", "127.0.0.55")
          .addA("pool2.fabrikam.test", "127.0.0.54");
      a.start(null, List.of(dns.address()), Duration.ofSeconds(10), org.bridgehead.config.XmppPartner
          .builder(TestNode.jid("fabrikam.test")).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
      b.start(null, a.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
      a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@contoso.test"),
          JidCreate.entityBareFrom("bob@fabrikam.test"), "via pool 2")).get(15, TimeUnit.SECONDS);
      assertThat(b.awaitDelivery().stanza().element().child("body").orElseThrow().text()).isEqualTo("via pool 2");
      List<String> attempts = a.events.stream().filter(e -> e.kind() == EdgeEvent.Kind.CONNECTING && !e.detail().startsWith("dialback verification"))
          .map(EdgeEvent::detail).toList();
      assertThat(attempts).hasSize(2);
      assertThat(attempts.get(0)).contains("pool1.fabrikam.test").contains(":" + dead);
      assertThat(attempts.get(1)).contains("pool2.fabrikam.test");
    }
  }

  static Throwable causeOf(java.util.concurrent.CompletableFuture<?> f) throws InterruptedException {
    try {
      f.get(20, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, but the stanza was delivered");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("no outcome within 20 s");
    }
  }

  /** A gateway that is not ready holds the partner's stream back (TCP does the waiting); nothing is lost. */
  @Test
  void aFullGatewayStopsTheStreamBeingReadUntilItTakesMore() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.69");
    b = TestNode.at("fabrikam.test", "127.0.0.70");
    AtomicBoolean full = new AtomicBoolean(true);
    AtomicReference<Runnable> waiting = new AtomicReference<>();
    b.ready = whenReady -> {
      if (!full.get()) return true;
      waiting.set(whenReady);
      return false;
    };
    a.start(null, b.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    b.start(null, a.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());

    sendToBob("first").get(15, TimeUnit.SECONDS);
    assertThat(bodyOf(b.awaitDelivery())).isEqualTo("first");
    // the edge asks right after it delivered, on its own thread
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> waiting.get() != null);

    List<CompletableFuture<?>> later = new ArrayList<>();
    for (int i = 0; i < 5; i++) later.add(sendToBob("later-" + i));
    CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS); // written by A
    assertThat(b.delivered.poll(1, TimeUnit.SECONDS)).as("B reads nothing while its gateway is full").isNull();

    full.set(false);
    waiting.get().run(); // from a gateway thread, as the gateway does
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 5; i++) bodies.add(bodyOf(b.awaitDelivery()));
    assertThat(bodies).containsExactly("later-0", "later-1", "later-2", "later-3", "later-4");
  }

  private CompletableFuture<?> sendToBob(String text) throws Exception {
    return a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@" + a.domain),
        JidCreate.entityBareFrom("bob@" + b.domain), text)).toCompletableFuture();
  }

  private static String bodyOf(org.bridgehead.edge.gateway.InboundStanza s) {
    return s.stanza().element().child("body").orElseThrow().text();
  }
}
