package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamFramerTest {
  private static final String ONE = "MESSAGE sip:b@h SIP/2.0\r\nl: 3\r\n\r\nabc";
  private static final String TWO = "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n";
  private final EmbeddedChannel channel = new EmbeddedChannel(new StreamFramer(1024));

  private List<Object> feed(String... chunks) {
    for (String c : chunks) channel.writeInbound(Unpooled.copiedBuffer(c, StandardCharsets.UTF_8));
    List<Object> out = new ArrayList<>();
    for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) out.add(o);
    return out;
  }

  private static String text(Object frame) { return new String((byte[]) frame, StandardCharsets.UTF_8); }

  @Test
  void severalMessagesInOneRead() {
    assertThat(feed(ONE + TWO + ONE)).extracting(StreamFramerTest::text).containsExactly(ONE, TWO, ONE);
  }

  @Test
  void aMessageSplitOverManyReads() {
    String all = ONE + TWO;
    String[] bytes = all.split("");
    assertThat(feed(bytes)).extracting(StreamFramerTest::text).containsExactly(ONE, TWO);
  }

  @Test
  void aDoubleCrlfPingGetsACrlfPong() {
    assertThat(feed("\r\n", "\r\n")).isEmpty();
    ByteBuf pong = channel.readOutbound();
    assertThat(pong.toString(StandardCharsets.US_ASCII)).isEqualTo("\r\n");
    assertThat(feed("\r\n" + ONE)).extracting(StreamFramerTest::text).containsExactly(ONE);
    assertThat((Object) channel.readOutbound()).isNull();
  }

  @Test
  void missingContentLengthBreaksTheStreamWithAFault() {
    List<Object> out = feed("MESSAGE sip:b@h SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.60.4\r\n\r\nabc", ONE);
    assertThat(out).singleElement().isInstanceOfSatisfying(StreamFramer.Fault.class, f -> {
      assertThat(f.reason()).contains("Content-Length is required");
      assertThat(new String(f.head(), StandardCharsets.UTF_8)).contains("Via: SIP/2.0/TCP 127.0.60.4");
    });
  }

  @Test
  void oversizedAndNegativeLengthsAreFaults() {
    assertThat(feed("MESSAGE sip:b@h SIP/2.0\r\nl: 5000\r\n\r\n")).singleElement()
        .isInstanceOfSatisfying(StreamFramer.Fault.class, f -> assertThat(f.reason()).contains("exceeds the limit"));
    EmbeddedChannel other = new EmbeddedChannel(new StreamFramer(1024));
    other.writeInbound(Unpooled.copiedBuffer("MESSAGE sip:b@h SIP/2.0\r\nContent-Length: -2\r\n\r\n", StandardCharsets.UTF_8));
    assertThat((Object) other.readInbound()).isInstanceOfSatisfying(StreamFramer.Fault.class,
        f -> assertThat(f.reason()).contains("bad Content-Length"));
    EmbeddedChannel endless = new EmbeddedChannel(new StreamFramer(1024));
    endless.writeInbound(Unpooled.copiedBuffer("MESSAGE sip:b@h SIP/2.0\r\nX: " + "y".repeat(2000), StandardCharsets.UTF_8));
    assertThat((Object) endless.readInbound()).isInstanceOfSatisfying(StreamFramer.Fault.class,
        f -> assertThat(f.reason()).contains("headers exceed"));
  }
}
