package org.bridgehead.gateway.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.SipUri;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SipEndpoint} does, run for each stack and across stacks: a subclass names the server's
 * and the client's stack and the loopback addresses they listen on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SipEndpointContract {
  private final List<IncomingRequest> received = new CopyOnWriteArrayList<>();
  private SipEndpoint server;
  private SipEndpoint client;

  /** The server's stack, listening on {@code settings}. */
  abstract SipEndpoint server(SipEndpointSettings settings);

  abstract SipEndpoint client(SipEndpointSettings settings);

  /** Server, client and an unused address, in this order. */
  abstract String[] addresses();

  @BeforeEach
  void clear() {
    received.clear();
  }

  @BeforeAll
  void start() {
    server = server(SipEndpointSettings.plain(addresses()[0], 0));
    server.start(r -> {
      received.add(r);
      if (r.method().equals("MESSAGE")) {
        r.respond(SipResponse.of(200, "OK").withHeader("X-Echo", r.bodyText()));
      } else {
        r.respond(SipResponse.of(405, "Method Not Allowed").withHeader("Allow", "MESSAGE"));
      }
    });
    client = client(SipEndpointSettings.plain(addresses()[1], 0));
    client.start(r -> r.respond(500, "unexpected"));
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
  }

  private SipRequest message(SipTransport transport, String text) {
    Hop hop = server.localHop(transport);
    SipUri bob = SipUri.parse("sip:bob@contoso.test");
    return SipRequest.outOfDialog("MESSAGE", bob, NameAddr.of(SipUri.parse("sip:alice@contoso.test")),
        new NameAddr("Bob \"B\"", bob, null), hop)
        .withBody("text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(value = SipTransport.class, names = {"UDP", "TCP"})
  void aRequestAndItsFinalResponseCrossEachTransport(SipTransport transport) throws Exception {
    SipResponse response = client.send(message(transport, "héllo")).get(5, TimeUnit.SECONDS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.local()).isFalse();
    assertThat(response.toTag()).isNotBlank();
    assertThat(response.headers().first("X-Echo")).contains("héllo");
    IncomingRequest in = received.get(0);
    assertThat(in.method()).isEqualTo("MESSAGE");
    assertThat(in.from().uri()).isEqualTo(SipUri.parse("sip:alice@contoso.test"));
    assertThat(in.from().tag()).isNotBlank();
    assertThat(in.to().displayName()).isEqualTo("Bob \"B\"");
    assertThat(in.contentType()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
    assertThat(in.bodyText()).isEqualTo("héllo");
    assertThat(in.source().address()).isEqualTo(addresses()[1]);
    assertThat(in.source().transport()).isEqualTo(transport);
  }

  @Test
  void aRefusalComesBackWithItsHeaders() throws Exception {
    SipRequest options = SipRequest.outOfDialog("OPTIONS", SipUri.parse("sip:bob@contoso.test"),
        NameAddr.of(SipUri.parse("sip:alice@contoso.test")), NameAddr.of(SipUri.parse("sip:bob@contoso.test")),
        server.localHop(SipTransport.UDP));
    SipResponse response = client.send(options).get(5, TimeUnit.SECONDS);
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.headers().first("Allow")).contains("MESSAGE");
  }

  @Test
  void aClosedTcpPortIsAnsweredLocallyWithoutWaitingForTimers() throws Exception {
    SipRequest request = message(SipTransport.TCP, "x");
    SipRequest nowhere = new SipRequest(request.method(), request.requestUri(), request.from(), request.to(),
        request.callId(), 1, null, null, null, request.contentType(), request.body(),
        new Hop(addresses()[2], 5999, SipTransport.TCP));
    long start = System.nanoTime();
    SipResponse response = client.send(nowhere).get(40, TimeUnit.SECONDS);
    assertThat(response.local()).isTrue();
    assertThat(response.status()).isIn(408, 503);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
  }

  @Test
  void namesAreNeverResolved() {
    assertThatThrownBy(() -> new Hop("contoso.test", 5060, SipTransport.UDP))
        .hasMessageContaining("no DNS");
    assertThat(Hop.parse("sip:127.0.0.4:5070;transport=tcp;lr")).isEqualTo(new Hop("127.0.0.4", 5070, SipTransport.TCP));
    assertThat(Hop.parse("127.0.0.4")).isEqualTo(new Hop("127.0.0.4", 5060, SipTransport.UDP));
  }

  @Test
  void structuralHeadersCannotBeSmuggledIn() {
    assertThatThrownBy(() -> client.send(message(SipTransport.UDP, "x").withHeader("Via", "SIP/2.0/UDP evil")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Via");
    assertThatThrownBy(() -> SipHeaders.of("X-A", "a\r\nVia: x")).hasMessageContaining("line break");
  }
}
