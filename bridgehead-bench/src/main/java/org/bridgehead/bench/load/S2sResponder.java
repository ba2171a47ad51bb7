package org.bridgehead.bench.load;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslContext;
import java.util.UUID;
import java.util.function.Consumer;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * The generator as the receiving server for its own domains (the SUT connects to it on 5269): offers
 * STARTTLS, answers {@code db:verify} as the authoritative server for keys it issued (XEP-0220 §2.2),
 * and takes the SUT's own {@code db:result} as valid without calling back — a load generator trusts
 * its SUT (that shortcut is named in the report) — then hands every message body to the sink.
 */
final class S2sResponder extends SimpleChannelInboundHandler<Object> {
  private final SslContext tls;
  private final DialbackKeys keys;
  private final Consumer<String> messages;
  private boolean secured;
  private String streamId;

  S2sResponder(SslContext tls, DialbackKeys keys, Consumer<String> messages) {
    this.tls = tls;
    this.keys = keys;
    this.messages = messages;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof StreamHeader h) {
      streamId = UUID.randomUUID().toString();
      ctx.write(StreamHeader.server(h.to(), h.from(), streamId));
      XmlElement.Builder features = XmlElement.builder("features", Namespaces.STREAMS);
      if (!secured && tls != null) {
        features.child(XmlElement.builder("starttls", Namespaces.XMPP_TLS).child(Xml.el("required", Namespaces.XMPP_TLS)).build());
      } else {
        features.child(Xml.el("dialback", "urn:xmpp:features:dialback"));
      }
      ctx.writeAndFlush(features.build());
    } else if (msg instanceof XmlElement e) {
      element(ctx, e);
    } else if (msg == StreamEnd.INSTANCE) {
      ctx.writeAndFlush(StreamEnd.INSTANCE).addListener(ChannelFutureListener.CLOSE);
    }
  }

  private void element(ChannelHandlerContext ctx, XmlElement e) {
    if (e.is("starttls", Namespaces.XMPP_TLS) && tls != null) {
      // proceed must leave in clear text: TLS goes in once it is written.
      ctx.writeAndFlush(Xml.el("proceed", Namespaces.XMPP_TLS)).addListener(f -> {
        secured = true;
        Xml.startTls(ctx.channel(), tls, false);
      });
    } else if (e.is("verify", Namespaces.DIALBACK)) {
      String from = e.attribute("from");
      String to = e.attribute("to");
      boolean ok = keys.valid(from, to, e.attribute("id"), e.text());
      ctx.writeAndFlush(Xml.dialback("verify", to, from, e.attribute("id"), ok ? "valid" : "invalid", null));
    } else if (e.is("result", Namespaces.DIALBACK)) {
      ctx.writeAndFlush(Xml.dialback("result", e.attribute("to"), e.attribute("from"), null, "valid", null));
    } else if (e.name().equals("message")) {
      messages.accept(Xml.bodyOf(e));
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
