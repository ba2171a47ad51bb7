package org.bridgehead.gateway.sip.stack.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipTransport;

/**
 * UDP, TCP and TLS: one UDP socket with its own reader thread ({@link UdpSocket}) and one TCP listener
 * on the same port, a TLS listener, and outgoing stream connections from the listening address,
 * cached, on one small event-loop group.
 */
final class NettyTransports implements Wire, AutoCloseable {
  /** A stream connection nobody used for this long is closed. */
  static final int IDLE_SECONDS = 300;
  private final SipEndpointSettings settings;
  private final Receiver receiver;
  private final EventLoopGroup group;
  private final ConnectionCache cache = new ConnectionCache();
  private final Map<SipTransport, Channel> listeners = new EnumMap<>(SipTransport.class);
  private final Map<SipTransport, Bootstrap> connectors = new EnumMap<>(SipTransport.class);
  private final TlsContexts tls;
  private final String name;
  private volatile UdpSocket udp;

  NettyTransports(SipEndpointSettings settings, Receiver receiver, int ioThreads, String name) {
    this.settings = settings;
    this.receiver = receiver;
    this.tls = settings.tls() == null ? null : TlsContexts.of(settings.tls());
    this.name = name;
    this.group = new NioEventLoopGroup(ioThreads, new DefaultThreadFactory(name + "-io", true));
  }

  EventLoopGroup group() { return group; }

  /** Binds the listeners; returns the local address of each transport. */
  Map<SipTransport, InetSocketAddress> bind() throws Exception {
    InetAddress ip = InetAddress.getByName(settings.address()); // an IP literal: no lookup
    for (int attempt = 0; ; attempt++) {
      Channel tcp = server(SipTransport.TCP, null).bind(ip, settings.port()).sync().channel();
      int port = ((InetSocketAddress) tcp.localAddress()).getPort();
      UdpSocket socket = UdpSocket.bind(ip, port, receiver, name);
      if (socket != null) {
        listeners.put(SipTransport.TCP, tcp);
        udp = socket;
        break;
      }
      tcp.close().sync();
      if (settings.port() != 0 || attempt == 50) throw new IllegalStateException("UDP port " + port + " is taken");
    }
    connectors.put(SipTransport.TCP, client(SipTransport.TCP, null));
    if (tls != null) {
      listeners.put(SipTransport.TLS, server(SipTransport.TLS, tls.server()).bind(ip, settings.tlsPort()).sync().channel());
      connectors.put(SipTransport.TLS, client(SipTransport.TLS, tls.client()));
    }
    Map<SipTransport, InetSocketAddress> bound = new EnumMap<>(SipTransport.class);
    listeners.forEach((t, ch) -> bound.put(t, (InetSocketAddress) ch.localAddress()));
    bound.put(SipTransport.UDP, udp.localAddress());
    return bound;
  }

  /** The UDP socket's receive buffer in bytes, once bound. */
  int udpReceiveBuffer() throws java.io.IOException { return udp.receiveBufferBytes(); }

  private ServerBootstrap server(SipTransport transport, SslContext ssl) {
    return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true).childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(pipeline(transport, ssl));
  }

  private Bootstrap client(SipTransport transport, SslContext ssl) {
    return new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000).handler(pipeline(transport, ssl));
  }

  private ChannelInitializer<Channel> pipeline(SipTransport transport, SslContext ssl) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(Channel ch) {
        if (ssl != null) ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
        ch.pipeline().addLast(new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS),
            new StreamFramer(settings.maxMessageBytes()), new StreamReceiver(transport, receiver, cache));
      }
    };
  }

  @Override
  public void send(Destination to, byte[] message, Consumer<Throwable> onFailure) {
    if (to.transport() == SipTransport.UDP) {
      UdpSocket socket = udp;
      if (socket == null) {
        onFailure.accept(new IllegalStateException("no UDP transport"));
        return;
      }
      try {
        socket.send(message, to.address());
      } catch (java.io.IOException e) {
        onFailure.accept(e);
      }
      return;
    }
    Channel preferred = to.channel();
    if (preferred != null && preferred.isActive()) {
      write(preferred, message, onFailure);
      return;
    }
    Bootstrap connector = connectors.get(to.transport());
    if (connector == null) {
      onFailure.accept(new IllegalStateException("no " + to.transport() + " transport"));
      return;
    }
    InetSocketAddress local = new InetSocketAddress(((InetSocketAddress) listeners.get(to.transport()).localAddress())
        .getAddress(), 0);
    ChannelFuture connection = cache.get(to.transport(), to.address(), remote -> connector.connect(remote, local));
    connection.addListener(f -> {
      if (f.isSuccess()) {
        write(connection.channel(), message, onFailure);
      } else {
        onFailure.accept(f.cause());
      }
    });
  }

  private static void write(Channel channel, byte[] message, Consumer<Throwable> onFailure) {
    channel.writeAndFlush(Unpooled.wrappedBuffer(message)).addListener(f -> {
      if (!f.isSuccess()) onFailure.accept(f.cause());
    });
  }

  @Override
  public void close() {
    listeners.values().forEach(Channel::close);
    if (udp != null) udp.close();
    cache.closeAll();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
