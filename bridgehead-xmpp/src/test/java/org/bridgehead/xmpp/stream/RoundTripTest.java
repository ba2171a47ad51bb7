package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** What the encoder writes, the decoder reads back equal, however the bytes are chunked. */
class RoundTripTest {
  private static final StreamHeader HEADER = StreamHeader.server("a.example", "b.example", "id-1");

  @Test
  void encoderOutputDecodesToTheSameObjectsUnderRandomChunking() {
    List<Object> sent = List.of(HEADER, dbResult(), streamError(), WhitespacePing.INSTANCE,
        message("tricky <&'\"> \r\n\t é ☺ 😀 中文 ]]>"), nested(), WhitespacePing.INSTANCE, StreamEnd.INSTANCE);
    byte[] wire = encode(sent);
    List<Object> expected = new ArrayList<>(sent);
    expected.removeIf(o -> o == WhitespacePing.INSTANCE);

    Random random = new Random(6120);
    for (int run = 0; run < 300; run++) {
      DecoderHarness h = new DecoderHarness(4096);
      for (int i = 0; i < wire.length; ) {
        int n = 1 + random.nextInt(run % 3 == 0 ? 4 : 64);
        h.feedChunk(Arrays.copyOfRange(wire, i, Math.min(wire.length, i + n)));
        i += n;
      }
      assertThat(h.errors).as("run " + run).isEmpty();
      assertThat(h.events).as("run " + run).isEqualTo(expected);
    }
  }

  private static byte[] encode(List<Object> objects) {
    EmbeddedChannel ch = new EmbeddedChannel(new XmppStreamEncoder());
    ch.writeOutbound(objects.toArray());
    return XmppStreamEncoderTest.drain(ch).getBytes(StandardCharsets.UTF_8);
  }

  private static XmlElement dbResult() {
    return XmlElement.builder("result", Namespaces.DIALBACK).attribute("from", "a.example")
        .attribute("to", "b.example").text("0123456789abcdef").build();
  }

  private static XmlElement streamError() {
    return new StreamError(StreamErrorCondition.UNDEFINED_CONDITION, "only a test").toElement();
  }

  private static XmlElement message(String text) {
    return XmlElement.builder("message", Namespaces.JABBER_SERVER).attribute("id", "m&1")
        .attribute("from", "u@a.example").attribute(XmlElement.XML_LANG, "en").attribute("note", text)
        .child(XmlElement.builder("body", Namespaces.JABBER_SERVER).text(text).build()).build();
  }

  private static XmlElement nested() {
    return XmlElement.builder("iq", Namespaces.JABBER_SERVER).attribute("type", "set").attribute("id", "2")
        .child(XmlElement.builder("query", "urn:q").text("a")
            .child(XmlElement.builder("item", "urn:q").attribute("jid", "x@y").build()).text("b")
            .child(XmlElement.builder("raw", "").build())
            .child(XmlElement.builder("back", Namespaces.JABBER_SERVER).build()).build())
        .build();
  }
}
