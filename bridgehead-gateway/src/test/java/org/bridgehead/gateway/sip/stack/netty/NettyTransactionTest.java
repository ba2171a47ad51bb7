package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 3261 §17 transactions against a raw socket peer, with timers shrunk (T1 = 40 ms, T2 = 160 ms). */
class NettyTransactionTest {
  private static final SipTimers FAST = new SipTimers(40, 160, 200);
  private static final String ADDRESS = "127.0.40.30";
  private static final String PEER = "127.0.40.31";
  private final AtomicInteger handled = new AtomicInteger();
  private NettySipEndpoint endpoint;

  @AfterEach
  void close() {
    if (endpoint != null) endpoint.close();
  }

  private NettySipEndpoint start(int queue, CountDownLatch gate, int status) {
    endpoint = new NettySipEndpoint(SipEndpointSettings.plain(ADDRESS, 0), FAST, queue);
    endpoint.start(r -> {
      handled.incrementAndGet();
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      r.respond(status, status == 200 ? "OK" : "Method Not Allowed");
    });
    return endpoint;
  }

  private InetSocketAddress server() { return new InetSocketAddress(ADDRESS, endpoint.localHop(SipTransport.UDP).port()); }

  @Test
  void aRetransmittedRequestReachesTheHandlerOnceAndGetsTheSameFinalResponse() throws Exception {
    start(100, new CountDownLatch(0), 200);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      // sent-by names another port: with rport the response still goes to the packet's source
      String message = RawUdpPeer.request("MESSAGE", "z9hG4bKretrans", PEER + ":5999", "hi");
      peer.send(message, server());
      String first = peer.receive(2000);
      peer.send(message, server());
      String second = peer.receive(2000);

      assertThat(first).startsWith("SIP/2.0 200 OK")
          .contains("Via: SIP/2.0/UDP " + PEER + ":5999;branch=z9hG4bKretrans;rport=" + peer.port() + ";received=" + PEER);
      assertThat(second).isEqualTo(first);
      assertThat(handled).hasValue(1);
    }
  }

  @Test
  void aRetransmissionBeforeTheFinalResponseIsAbsorbed() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    start(100, gate, 200);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      String message = RawUdpPeer.request("MESSAGE", "z9hG4bKslow", PEER + ":" + peer.port(), "hi");
      peer.send(message, server());
      await().atMost(Duration.ofSeconds(2)).until(() -> handled.get() == 1);
      peer.send(message, server());
      assertThat(peer.receive(200)).isNull();
      gate.countDown();
      assertThat(peer.receive(2000)).startsWith("SIP/2.0 200 OK");
      assertThat(peer.receive(300)).isNull();
      assertThat(handled).hasValue(1);
    }
  }

  private SipRequest message(Hop hop) {
    SipUri bob = SipUri.parse("sip:bob@contoso.test");
    return SipRequest.outOfDialog("MESSAGE", bob, NameAddr.of(SipUri.parse("sip:alice@contoso.test")), NameAddr.of(bob), hop)
        .withBody("text/plain", "x".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUnansweredRequestIsRetransmittedOnUdpThenEndsWith408() throws Exception {
    start(100, new CountDownLatch(0), 200);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      long start = System.nanoTime();
      CompletableFuture<SipResponse> future = endpoint.send(message(new Hop(PEER, peer.port(), SipTransport.UDP)));
      List<String> copies = new ArrayList<>();
      for (String s = peer.receive(1000); s != null && copies.size() < 6; s = peer.receive(1000)) copies.add(s);
      SipResponse response = future.get(10, TimeUnit.SECONDS);

      assertThat(copies).hasSizeGreaterThanOrEqualTo(4).allSatisfy(c -> assertThat(c).isEqualTo(copies.get(0)));
      assertThat(response.status()).isEqualTo(408);
      assertThat(response.local()).isTrue();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(64 * FAST.t1());
    }
  }

  @Test
  void aRetransmitted200IsAbsorbedUntilTimerKThenItIsAStray() throws Exception {
    start(100, new CountDownLatch(0), 200);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      CompletableFuture<SipResponse> future = endpoint.send(message(new Hop(PEER, peer.port(), SipTransport.UDP)));
      InetSocketAddress from = peer.receivePacket(2000);
      String ok = RawUdpPeer.answer(peer.lastText(), "200 OK");
      peer.send(ok, from);
      peer.send(ok, from);

      assertThat(future.get(2, TimeUnit.SECONDS).status()).isEqualTo(200);
      while (peer.receive(50) != null) {
        // Timer E copies sent before the 200 arrived
      }
      assertThat(peer.receive(400)).as("no retransmission after the 200 (T2 is 160 ms)").isNull();
      assertThat(endpoint.clientTransactions()).isZero();
      assertThat(endpoint.strayResponses()).as("the copy within T4 (200 ms) was absorbed").isZero();

      Thread.sleep(2 * FAST.t4() + 50); // Timer K keeps a branch at most twice T4
      peer.send(ok, from);
      await().atMost(Duration.ofSeconds(3)).until(() -> endpoint.strayResponses() == 1);
      String other = RawUdpPeer.answer(peer.lastText().replace("z9hG4bK", "z9hG4bKother"), "200 OK");
      peer.send(other, from);
      await().atMost(Duration.ofSeconds(3)).until(() -> endpoint.strayResponses() == 2);
    }
  }

  @Test
  void inviteTransactionsAreNotSent() {
    start(100, new CountDownLatch(0), 200);
    SipRequest m = message(new Hop(PEER, 5060, SipTransport.UDP));
    SipRequest invite = new SipRequest("INVITE", m.requestUri(), m.from(), m.to(), m.callId(), 1, null, null, null, null,
        null, m.hop());
    assertThatThrownBy(() -> endpoint.send(invite)).hasMessageContaining("no INVITE client transactions");
  }

  @Test
  void tcpSendsNoRetransmissions() throws Exception {
    start(100, new CountDownLatch(0), 200);
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getByName(PEER), 0));
      CompletableFuture<SipResponse> future = endpoint.send(message(new Hop(PEER, server.getLocalPort(), SipTransport.TCP)));
      try (Socket s = server.accept()) {
        SipResponse response = future.get(10, TimeUnit.SECONDS);
        InputStream in = s.getInputStream();
        String received = new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
        assertThat(response.status()).isEqualTo(408);
        assertThat(received.split("MESSAGE sip:", -1)).hasSize(2); // exactly one request on the stream
      }
    }
  }

  @Test
  void anInviteErrorIsRetransmittedUntilTheAck() throws Exception {
    start(100, new CountDownLatch(0), 405);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      String invite = RawUdpPeer.request("INVITE", "z9hG4bKinv", PEER + ":" + peer.port(), "");
      peer.send(invite, server());
      String first = peer.receive(2000);
      assertThat(first).startsWith("SIP/2.0 405");
      assertThat(peer.receive(500)).as("Timer G").isEqualTo(first);
      assertThat(peer.receive(500)).as("Timer G").isEqualTo(first);
      peer.send(invite.replace("INVITE sip:", "ACK sip:").replace("1 INVITE", "1 ACK"), server());
      while (peer.receive(400) != null) {
        // retransmissions already on their way
      }
      assertThat(peer.receive(600)).as("nothing after the ACK").isNull();
      assertThat(handled).hasValue(1);
    }
  }

  @Test
  void aFullHandlerQueueIsAnswered503WithRetryAfter() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    start(1, gate, 200);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      for (int i = 0; i < 7; i++) {
        peer.send(RawUdpPeer.request("MESSAGE", "z9hG4bKfull" + i, PEER + ":" + peer.port(), "x"), server());
      }
      String refusal = peer.receive(2000);
      gate.countDown();
      assertThat(refusal).startsWith("SIP/2.0 503 Service Unavailable").contains("Retry-After: 5");
    }
  }

  @Test
  void aRequestThatDoesNotParseGetsAStateless400NamingTheFaultAndAnotherVersion505() throws Exception {
    start(100, new CountDownLatch(0), 200);
    try (RawUdpPeer peer = new RawUdpPeer(PEER)) {
      String bad = RawUdpPeer.request("MESSAGE", "z9hG4bKbad", PEER + ":" + peer.port(), "x")
          .replace("Content-Length: 1", "Content-Length: -1");
      peer.send(bad, server());
      assertThat(peer.receive(2000)).startsWith("SIP/2.0 400 Bad Request (bad Content-Length '-1')")
          .contains("Call-ID: z9hG4bKbad@test");
      String noFrom = RawUdpPeer.request("MESSAGE", "z9hG4bKnofrom", PEER + ":" + peer.port(), "x")
          .replace("From: <sip:alice@contoso.test>;tag=a1\r\n", "");
      peer.send(noFrom, server());
      assertThat(peer.receive(2000)).startsWith("SIP/2.0 400 Bad Request (missing From header)");
      peer.send(noFrom.replace("To: <sip:bob@contoso.test>\r\n", "").replace("z9hG4bKnofrom", "z9hG4bKnoto"), server());
      assertThat(peer.receive(2000)).startsWith("SIP/2.0 400 Bad Request (missing From header)");
      peer.send("garbage without headers", server());
      assertThat(peer.receive(300)).isNull();
      String future = RawUdpPeer.request("MESSAGE", "z9hG4bKv3", PEER + ":" + peer.port(), "x")
          .replaceFirst(" SIP/2\\.0\r\n", " SIP/3.0\r\n");
      peer.send(future, server());
      assertThat(peer.receive(2000)).startsWith("SIP/2.0 505 Version Not Supported (unsupported SIP version 'SIP/3.0')")
          .contains("Call-ID: z9hG4bKv3@test");
      assertThat(handled).hasValue(0);
    }
  }
}
