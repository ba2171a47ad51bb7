package org.bridgehead.xmpp.stream;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;

/**
 * Encodes {@link StreamHeader}, {@link XmlElement}, {@link StreamEnd} and {@link WhitespacePing}
 * as UTF-8. Elements are written relative to the open stream: no xmlns for the content namespace,
 * {@code stream:} for the streams namespace, and {@code db:} when the header bound it. The scope is
 * taken from the last header encoded, so a restarted stream with another header is handled.
 */
public final class XmppStreamEncoder extends MessageToByteEncoder<Object> {
  private final String configuredDefaultNamespace;
  private String defaultNamespace;
  private Map<String, String> prefixesByUri;

  public XmppStreamEncoder() {
    this(Namespaces.JABBER_SERVER);
  }

  /** @param defaultNamespace content namespace assumed until a header is encoded */
  public XmppStreamEncoder(String defaultNamespace) {
    super(Object.class);
    this.configuredDefaultNamespace = defaultNamespace;
    this.defaultNamespace = defaultNamespace;
    this.prefixesByUri = Map.of(Namespaces.STREAMS, StreamHeader.STREAM_PREFIX);
  }

  @Override
  public boolean acceptOutboundMessage(Object msg) {
    return msg instanceof StreamHeader || msg instanceof XmlElement || msg instanceof StreamEnd
        || msg instanceof WhitespacePing;
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
    out.writeCharSequence(toXml(msg), StandardCharsets.UTF_8);
  }

  /** The text this encoder writes for {@code msg}; a header also sets the scope of what follows. */
  String toXml(Object msg) {
    if (msg instanceof StreamHeader header) {
      defaultNamespace = header.defaultNamespace() != null ? header.defaultNamespace() : configuredDefaultNamespace;
      prefixesByUri = header.prefixesByUri();
      return header.toXml();
    }
    if (msg instanceof XmlElement element) return XmlWriter.toXml(element, defaultNamespace, prefixesByUri);
    if (msg instanceof StreamEnd) return StreamEnd.XML;
    if (msg instanceof WhitespacePing) return " ";
    throw new IllegalArgumentException("cannot encode " + msg.getClass().getName());
  }
}
