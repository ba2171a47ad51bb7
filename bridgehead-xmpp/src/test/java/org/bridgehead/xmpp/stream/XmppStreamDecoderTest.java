package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgehead.xmpp.stream.DecoderHarness.HEADER;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class XmppStreamDecoderTest {
  private static final String DIALOGUE = HEADER
      + "<db:result from='a.example' to='b.example'>key123</db:result> \n\t "
      + "<message id='m1' to='u@b.example' from='v@a.example' xml:lang='en'><body>hi &amp; bye</body>"
      + "<x xmlns='urn:example:x'><y a='1'/></x></message>"
      + "</stream:stream>";

  private static final XmlElement DB_RESULT = XmlElement.builder("result", Namespaces.DIALBACK)
      .attribute("from", "a.example").attribute("to", "b.example").text("key123").build();
  private static final XmlElement MESSAGE = XmlElement.builder("message", Namespaces.JABBER_SERVER)
      .attribute("id", "m1").attribute("to", "u@b.example").attribute("from", "v@a.example")
      .attribute(XmlElement.XML_LANG, "en")
      .child(XmlElement.builder("body", Namespaces.JABBER_SERVER).text("hi & bye").build())
      .child(XmlElement.builder("x", "urn:example:x")
          .child(XmlElement.builder("y", "urn:example:x").attribute("a", "1").build()).build())
      .build();

  @ParameterizedTest(name = "chunk size {0}")
  @ValueSource(ints = {1, 2, 3, 7, 64, Integer.MAX_VALUE})
  void decodesHeaderStanzasAndEndInAnyChunking(int chunkSize) {
    DecoderHarness h = new DecoderHarness(10_000).feed(DIALOGUE, chunkSize);

    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(4);
    StreamHeader header = (StreamHeader) h.events.get(0);
    assertThat(header).isEqualTo(new StreamHeader("a.example", "b.example", null, "1.0", null,
        Namespaces.JABBER_SERVER, Map.of("stream", Namespaces.STREAMS, "db", Namespaces.DIALBACK)));
    assertThat(h.events.get(1)).isEqualTo(DB_RESULT);
    assertThat(h.events.get(2)).isEqualTo(MESSAGE);
    assertThat(h.events.get(3)).isSameAs(StreamEnd.INSTANCE);
  }

  @Test
  void headerCarriesIdLangAndClientNamespace() {
    DecoderHarness h = new DecoderHarness(1000).feed("<stream:stream xmlns='jabber:client' "
        + "xmlns:stream='http://etherx.jabber.org/streams' id='s1' xml:lang='de' to='b.example'>");

    StreamHeader header = (StreamHeader) h.events.get(0);
    assertThat(header.defaultNamespace()).isEqualTo(Namespaces.JABBER_CLIENT);
    assertThat(header.id()).isEqualTo("s1");
    assertThat(header.lang()).isEqualTo("de");
    assertThat(header.from()).isNull();
    assertThat(header.declaresDialback()).isFalse();
  }

  @Test
  void prefixDeclaredOnStanzaAndEmptyDefaultNamespaceAreResolved() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER
        + "<iq type='get' id='1' xmlns:p='urn:p'><p:query><item/></p:query><z xmlns=''/></iq>");

    XmlElement iq = (XmlElement) h.events.get(1);
    XmlElement query = iq.child("query", "urn:p").orElseThrow();
    assertThat(query.elements()).containsExactly(XmlElement.builder("item", Namespaces.JABBER_SERVER).build());
    assertThat(iq.child("z", "")).isPresent();
    assertThat(iq.attributes()).containsOnlyKeys("type", "id");
  }

  @Test
  void whitespacePingsBetweenStanzasAreIgnored() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + " ").feed(" ").feed("\n<presence/>").feed("  ");

    assertThat(h.errors).isEmpty();
    assertThat(h.afterHeader()).containsExactly(XmlElement.builder("presence", Namespaces.JABBER_SERVER).build());
  }

  @Test
  void whitespaceInsideStanzaIsKept() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + "<message><body>  a\n b  </body></message>");

    XmlElement body = ((XmlElement) h.events.get(1)).child("body").orElseThrow();
    assertThat(body.text()).isEqualTo("  a\n b  ");
  }

  @Test
  void multiByteUtf8SplitAcrossChunksIsDecoded() {
    String text = "é ☺ 😀 中文";
    byte[] bytes = (HEADER + "<message><body>" + text + "</body></message>").getBytes(StandardCharsets.UTF_8);
    DecoderHarness h = new DecoderHarness(1000).feed(bytes, 1);

    assertThat(h.errors).isEmpty();
    assertThat(((XmlElement) h.events.get(1)).child("body").orElseThrow().text()).isEqualTo(text);
  }

  @Test
  void supplementaryCharacterInAttributeSurvivesEverySplitPoint() {
    // Regression: Aalto 1.3.3 decodes a split 4-byte sequence in an attribute to a wrong BMP char.
    byte[] bytes = (HEADER + "<message id='a😀b'/>").getBytes(StandardCharsets.UTF_8);
    for (int split = HEADER.length(); split < bytes.length; split++) {
      DecoderHarness h = new DecoderHarness(1000);
      h.feedChunk(java.util.Arrays.copyOfRange(bytes, 0, split));
      h.feedChunk(java.util.Arrays.copyOfRange(bytes, split, bytes.length));
      assertThat(h.errors).isEmpty();
      assertThat(((XmlElement) h.events.get(1)).attribute("id")).as("split at " + split).isEqualTo("a😀b");
    }
  }

  @Test
  void predefinedEntitiesAndCharacterReferencesAreAllowed() {
    DecoderHarness h = new DecoderHarness(1000)
        .feed(HEADER + "<message a='&quot;&apos;&lt;'><body>&amp;&lt;&gt;&quot;&apos;&#65;&#x263A;</body></message>");

    assertThat(h.errors).isEmpty();
    XmlElement message = (XmlElement) h.events.get(1);
    assertThat(message.attribute("a")).isEqualTo("\"'<");
    assertThat(message.child("body").orElseThrow().text()).isEqualTo("&<>\"'A☺");
  }

  @Test
  void cdataIsText() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + "<message><body><![CDATA[<b>]]></body></message>");

    assertThat(((XmlElement) h.events.get(1)).child("body").orElseThrow().text()).isEqualTo("<b>");
  }

  @Test
  void resetBetweenReadsParsesANewHeader() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    h.decoder.reset();
    h.feed(HEADER.replace("from='a.example'", "from='c.example'") + "<presence/>");

    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(4);
    assertThat(((StreamHeader) h.events.get(2)).from()).isEqualTo("c.example");
    assertThat(h.events.get(3)).isInstanceOf(XmlElement.class);
  }

  @ParameterizedTest(name = "chunk size {0}")
  @ValueSource(ints = {1, 5, Integer.MAX_VALUE})
  void resetFromHandlerAppliesToBytesLaterInTheSameRead(int chunkSize) {
    XmppStreamDecoder[] decoder = new XmppStreamDecoder[1];
    DecoderHarness h = new DecoderHarness(1000, msg -> {
      if (msg instanceof XmlElement e && e.name().equals("success")) decoder[0].reset();
    });
    decoder[0] = h.decoder;
    h.feed(HEADER + "<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>" + HEADER + "<presence/>", chunkSize);

    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(4);
    assertThat(h.events.get(0)).isInstanceOf(StreamHeader.class);
    assertThat(h.events.get(2)).isInstanceOf(StreamHeader.class);
    assertThat(((XmlElement) h.events.get(3)).name()).isEqualTo("presence");
  }

  @Test
  void withoutResetASecondHeaderIsJustAnElement() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + HEADER.substring(HEADER.indexOf("?>") + 2));

    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(1); // the inner stream:stream is an unfinished top-level element
  }

  @Test
  void bytesAfterStreamEndAreIgnored() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + "</stream:stream><garbage").feed("more<");

    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(2).last().isSameAs(StreamEnd.INSTANCE);
  }

  @Test
  void nonByteBufMessagesPassThrough() {
    DecoderHarness h = new DecoderHarness(1000);
    h.channel.writeInbound("not bytes");

    assertThat(h.events).containsExactly("not bytes");
  }
}
