package org.bridgehead.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.stream.XmppStreamDecoder;
import org.bridgehead.xmpp.stream.XmppStreamEncoder;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * The local recipient on Prosody and ejabberd: a minimal c2s client (plain TCP on loopback, SASL
 * PLAIN, resource binding, initial presence) that hands every message body it receives to a sink.
 */
public final class C2sReceiver extends HandshakeHandler {
  private static final String BIND = "urn:ietf:params:xml:ns:xmpp-bind";

  private final String user;
  private final String domain;
  private final String password;
  private final Consumer<String> sink;
  private boolean authenticated;

  private C2sReceiver(String user, String domain, String password, Consumer<String> sink) {
    this.user = user;
    this.domain = domain;
    this.password = password;
    this.sink = sink;
  }

  /** Connects and logs in; completes once initial presence is sent. */
  public static CompletableFuture<Channel> connect(EventLoopGroup group, InetSocketAddress server, String user,
      String domain, String password, Consumer<String> sink) {
    C2sReceiver handler = new C2sReceiver(user, domain, password, sink);
    new Bootstrap().group(group).channel(NioSocketChannel.class).handler(new ChannelInitializer<SocketChannel>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new XmppStreamDecoder(LoadGenerator.MAX_STANZA, Set.of(Namespaces.JABBER_CLIENT)),
            new XmppStreamEncoder(Namespaces.JABBER_CLIENT), handler);
      }
    }).connect(server).addListener(f -> {
      if (!f.isSuccess()) handler.result.completeExceptionally(f.cause());
    });
    return handler.result;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    ctx.writeAndFlush(header());
  }

  private StreamHeader header() {
    return new StreamHeader(null, domain, null, StreamHeader.VERSION_1_0, null, Namespaces.JABBER_CLIENT,
        Map.of(StreamHeader.STREAM_PREFIX, Namespaces.STREAMS));
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof XmlElement e)) return;
    if (e.is("features", Namespaces.STREAMS) && !authenticated) {
      String token = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
      ctx.writeAndFlush(XmlElement.builder("auth", Namespaces.XMPP_SASL).attribute("mechanism", "PLAIN").text(token).build());
    } else if (e.is("success", Namespaces.XMPP_SASL)) {
      authenticated = true;
      ctx.pipeline().get(XmppStreamDecoder.class).reset();
      ctx.writeAndFlush(header());
    } else if (e.is("features", Namespaces.STREAMS)) {
      ctx.writeAndFlush(XmlElement.builder("iq", Namespaces.JABBER_CLIENT).attribute("type", "set").attribute("id", "bind1")
          .child(XmlElement.builder("bind", BIND).child(XmlElement.builder("resource", BIND).text("bench").build()).build())
          .build());
    } else if (e.name().equals("iq") && "bind1".equals(e.attribute("id"))) {
      if ("result".equals(e.attribute("type"))) {
        ctx.writeAndFlush(Xml.el("presence", Namespaces.JABBER_CLIENT));
        result.complete(ctx.channel());
      } else {
        fail(ctx, "bind refused: " + e);
      }
    } else if (e.name().equals("message")) {
      sink.accept(Xml.bodyOf(e));
    } else if (e.is("failure", Namespaces.XMPP_SASL) || Xml.isStreamError(e)) {
      fail(ctx, e.toString());
    }
  }

  @Override
  String label() { return "c2s " + user + "@" + domain; }
}
