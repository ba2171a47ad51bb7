package org.bridgehead.bench.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stream.XmppStreamDecoder;
import org.bridgehead.xmpp.xml.XmlElement;

/** The few elements and pipeline steps both ends of a generator stream need. */
final class Xml {
  private Xml() {}

  static XmlElement el(String name, String ns) {
    return XmlElement.builder(name, ns).build();
  }

  static XmlElement dialback(String name, String from, String to, String id, String type, String key) {
    XmlElement.Builder b = XmlElement.builder(name, Namespaces.DIALBACK).attribute("from", from).attribute("to", to);
    if (id != null) b.attribute("id", id);
    if (type != null) b.attribute("type", type);
    if (key != null) b.text(key);
    return b.build();
  }

  static XmlElement chat(String ns, String from, String to, String id, String body) {
    return XmlElement.builder("message", ns).attribute("from", from).attribute("to", to).attribute("type", "chat")
        .attribute("id", id).child(XmlElement.builder("body", ns).text(body).build()).build();
  }

  static String bodyOf(XmlElement message) {
    return message.elements().stream().filter(c -> c.name().equals("body")).findFirst().map(XmlElement::text).orElse(null);
  }

  static boolean isStreamError(XmlElement e) {
    return e.is("error", Namespaces.STREAMS);
  }

  /**
   * Puts TLS under the XML stream (RFC 6120 §5.4.3.3): TLS first in the pipeline, and the decoder
   * restarted so the next bytes are parsed as the new stream.
   */
  static ChannelFuture startTls(Channel ch, SslContext ctx, boolean client) {
    SslHandler ssl = ctx.newHandler(ch.alloc());
    ch.pipeline().addFirst("tls", ssl);
    ch.pipeline().get(XmppStreamDecoder.class).reset();
    return ssl.handshakeFuture().isDone() ? ch.newSucceededFuture() : toChannelFuture(ch, ssl);
  }

  private static ChannelFuture toChannelFuture(Channel ch, SslHandler ssl) {
    var done = ch.newPromise();
    ssl.handshakeFuture().addListener(f -> {
      if (f.isSuccess()) done.trySuccess(); else done.tryFailure(f.cause());
    });
    return done;
  }
}
