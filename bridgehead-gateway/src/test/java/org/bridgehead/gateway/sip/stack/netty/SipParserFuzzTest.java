package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * Whatever bytes arrive, as a datagram or as a stream in chunks, the codec yields messages or names a
 * fault ({@link SipParseException}, {@link StreamFramer.Fault}): no other exception. What it accepts
 * writes back to bytes that parse to the same headers and body. Runs its seeds
 * (src/test/resources/.../SipParserFuzzTestInputs) in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SipParserFuzzTest {
  private static final int LIMIT = 4096;

  @FuzzTest(maxDuration = "60s")
  void parse(byte[] data) {
    try {
      SipMessage m = SipParser.parse(data, 0, data.length, true, LIMIT);
      byte[] again = SipWriter.write(m);
      SipMessage back = SipParser.parse(again, 0, again.length, true, LIMIT * 2);
      assertThat(back.headers()).isEqualTo(m.headers());
      assertThat(back.body()).isEqualTo(m.body());
    } catch (SipParseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    EmbeddedChannel stream = new EmbeddedChannel(new StreamFramer(LIMIT));
    int chunk = data.length == 0 ? 1 : 1 + (data[0] & 31);
    for (int i = 0; i < data.length; i += chunk) {
      stream.writeInbound(Unpooled.wrappedBuffer(data, i, Math.min(chunk, data.length - i)));
    }
    for (Object o = stream.readInbound(); o != null; o = stream.readInbound()) {
      if (o instanceof byte[] frame) {
        assertThat(frame.length).isLessThanOrEqualTo(LIMIT);
        try {
          SipParser.parse(frame, 0, frame.length, false, LIMIT);
        } catch (SipParseException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      } else {
        assertThat(o).isInstanceOf(StreamFramer.Fault.class);
      }
    }
    stream.finishAndReleaseAll();
  }
}
