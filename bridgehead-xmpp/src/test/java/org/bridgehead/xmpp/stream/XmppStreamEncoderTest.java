package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class XmppStreamEncoderTest {
  private static final XmlElement DB_RESULT = XmlElement.builder("result", Namespaces.DIALBACK)
      .attribute("from", "a.example").attribute("to", "b.example").text("k").build();

  @Test
  void encodesAStreamAsAPeerExpectsIt() {
    EmbeddedChannel ch = new EmbeddedChannel(new XmppStreamEncoder());
    ch.writeOutbound(StreamHeader.server("a.example", "b.example", null), DB_RESULT,
        XmlElement.builder("features", Namespaces.STREAMS)
            .child(XmlElement.builder("starttls", Namespaces.XMPP_TLS).build()).build(),
        XmlElement.builder("message", Namespaces.JABBER_SERVER).attribute("to", "u@b.example")
            .child(XmlElement.builder("body", Namespaces.JABBER_SERVER).text("é").build()).build(),
        WhitespacePing.INSTANCE, StreamEnd.INSTANCE);

    assertThat(drain(ch)).isEqualTo(StreamHeader.server("a.example", "b.example", null).toXml()
        + "<db:result from='a.example' to='b.example'>k</db:result>"
        + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>"
        + "<message to='u@b.example'><body>é</body></message>"
        + " </stream:stream>");
  }

  @Test
  void dialbackGetsAnXmlnsWhenTheHeaderDidNotBindDb() {
    XmppStreamEncoder encoder = new XmppStreamEncoder();
    encoder.toXml(new StreamHeader(null, "b.example", null, "1.0", null, Namespaces.JABBER_SERVER,
        Map.of("stream", Namespaces.STREAMS)));

    assertThat(encoder.toXml(DB_RESULT))
        .isEqualTo("<result xmlns='jabber:server:dialback' from='a.example' to='b.example'>k</result>");
  }

  @Test
  void defaultNamespaceIsConfigurableAndFollowsTheHeader() {
    XmppStreamEncoder client = new XmppStreamEncoder(Namespaces.JABBER_CLIENT);
    XmlElement clientPresence = XmlElement.builder("presence", Namespaces.JABBER_CLIENT).build();
    assertThat(client.toXml(clientPresence)).isEqualTo("<presence/>");

    client.toXml(StreamHeader.server(null, "b.example", null));
    assertThat(client.toXml(clientPresence)).isEqualTo("<presence xmlns='jabber:client'/>");
  }

  @Test
  void otherMessagesPassThrough() {
    EmbeddedChannel ch = new EmbeddedChannel(new XmppStreamEncoder());
    ch.writeOutbound("raw");

    assertThat((Object) ch.readOutbound()).isEqualTo("raw");
  }

  static String drain(EmbeddedChannel ch) {
    StringBuilder sb = new StringBuilder();
    for (ByteBuf b; (b = ch.readOutbound()) != null; b.release()) sb.append(b.toString(StandardCharsets.UTF_8));
    return sb.toString();
  }
}
