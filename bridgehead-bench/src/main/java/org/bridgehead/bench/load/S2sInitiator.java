package org.bridgehead.bench.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * The generator's outgoing S2S stream to the system under test: header, STARTTLS when offered, restart,
 * then Server Dialback (XEP-0220 {@code db:result} with our key); {@link #ready()} completes once the
 * SUT says valid (it has called our authoritative listener to verify the key).
 */
final class S2sInitiator extends HandshakeHandler {
  private final String from;
  private final String to;
  private final SslContext tls;
  private final DialbackKeys keys;
  private final Consumer<XmlElement> inbound;
  private boolean secured;
  private String streamId;

  S2sInitiator(String from, String to, SslContext tls, DialbackKeys keys, Consumer<XmlElement> inbound) {
    this.from = from;
    this.to = to;
    this.tls = tls;
    this.keys = keys;
    this.inbound = inbound;
  }

  CompletableFuture<Channel> ready() { return result; }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    ctx.writeAndFlush(StreamHeader.server(from, to, null));
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof StreamHeader h) {
      streamId = h.id();
    } else if (msg instanceof XmlElement e) {
      element(ctx, e);
    } else if (msg == StreamEnd.INSTANCE) {
      fail(ctx, "the SUT closed the stream");
    }
  }

  private void element(ChannelHandlerContext ctx, XmlElement e) {
    if (e.is("features", Namespaces.STREAMS)) {
      if (!secured && tls != null && e.child("starttls", Namespaces.XMPP_TLS).isPresent()) {
        ctx.writeAndFlush(Xml.el("starttls", Namespaces.XMPP_TLS));
      } else if (!result.isDone()) {
        ctx.writeAndFlush(Xml.dialback("result", from, to, null, null, keys.key(to, from, streamId)));
      }
    } else if (e.is("proceed", Namespaces.XMPP_TLS)) {
      Xml.startTls(ctx.channel(), tls, true).addListener(f -> {
        if (!f.isSuccess()) {
          fail(ctx, "TLS handshake: " + f.cause());
          return;
        }
        secured = true;
        ctx.writeAndFlush(StreamHeader.server(from, to, null));
      });
    } else if (e.is("result", Namespaces.DIALBACK)) {
      if ("valid".equals(e.attribute("type"))) result.complete(ctx.channel());
      else fail(ctx, "dialback refused: " + e);
    } else if (Xml.isStreamError(e)) {
      fail(ctx, "stream error: " + e);
    } else {
      inbound.accept(e);
    }
  }

  @Override
  String label() { return from + " -> " + to; }
}
