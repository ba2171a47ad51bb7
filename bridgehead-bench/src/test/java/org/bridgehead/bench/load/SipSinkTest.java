package org.bridgehead.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SipSinkTest {
  private static String message(String branch, String body) {
    return "MESSAGE sip:rcpt@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=" + branch + "\r\n"
        + "From: <sip:load@g1.benchgen.test>;tag=a\r\nTo: <sip:rcpt@bh.bench.test>\r\nCall-ID: " + branch + "\r\n"
        + "CSeq: 1 MESSAGE\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
  }

  private static String exchange(DatagramChannel client, InetSocketAddress to, String text) throws Exception {
    client.send(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), to);
    ByteBuffer in = ByteBuffer.allocate(65_535);
    client.receive(in);
    return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
  }

  @Test
  void answersEveryMessageAndCountsARetransmissionOnce() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    try (SipSink sink = SipSink.bind(new InetSocketAddress("127.0.0.1", 0), bodies::add);
        DatagramChannel client = DatagramChannel.open()) {
      client.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
      client.bind(new InetSocketAddress("127.0.0.1", 0));
      InetSocketAddress at = sink.localAddress();

      assertThat(exchange(client, at, message("z9hG4bK1", "one"))).startsWith("SIP/2.0 200 OK\r\n").contains("Call-ID: z9hG4bK1");
      assertThat(exchange(client, at, message("z9hG4bK1", "one"))).startsWith("SIP/2.0 200 OK\r\n");
      client.send(ByteBuffer.wrap("not sip\r\n\r\n".getBytes(StandardCharsets.UTF_8)), at);
      assertThat(exchange(client, at, message("z9hG4bK2", "two"))).contains("Call-ID: z9hG4bK2");

      await().until(() -> sink.malformed() == 1);
      assertThat(bodies).containsExactly("one", "two");
      assertThat(sink.requests()).isEqualTo(2);
      assertThat(sink.retransmissions()).isEqualTo(1);
    }
  }

  /** A sender starved of 200s retransmits for up to 32 s: the copy still counts once at saturation rates. */
  @Test
  void aRetransmissionIsRecognisedAfterAQuarterMillionOtherTransactions() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    try (SipSink sink = SipSink.bind(new InetSocketAddress("127.0.0.1", 0), bodies::add);
        DatagramChannel client = DatagramChannel.open()) {
      client.bind(new InetSocketAddress("127.0.0.1", 0));
      InetSocketAddress at = sink.localAddress();
      exchange(client, at, message("z9hG4bKfirst", "first"));
      int others = 250_000;
      for (int i = 0; i < others; i++) {
        client.send(ByteBuffer.wrap(message("z9hG4bKo" + i, "o").getBytes(StandardCharsets.UTF_8)), at);
        if (i % 1_000 == 999) {
          long want = i + 2;
          await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> sink.requests() == want);
        }
      }
      client.send(ByteBuffer.wrap(message("z9hG4bKfirst", "first").getBytes(StandardCharsets.UTF_8)), at);
      await().until(() -> sink.retransmissions() == 1);
      assertThat(sink.requests()).isEqualTo(others + 1);
      assertThat(bodies.stream().filter("first"::equals)).hasSize(1);
    }
  }

  @Test
  void closeFreesThePort() throws Exception {
    InetSocketAddress at;
    try (SipSink sink = SipSink.bind(new InetSocketAddress("127.0.0.1", 0), b -> { })) {
      at = sink.localAddress();
    }
    try (SipSink again = SipSink.bind(at, b -> { })) {
      assertThat(again.localAddress()).isEqualTo(at);
    }
  }
}
