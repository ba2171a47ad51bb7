package org.bridgehead.gateway.sip.stack.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bridgehead.gateway.sip.stack.SipTransport;

/**
 * Stream connections by transport and remote address, ours and the peers', reused for every message to
 * that address (RFC 3261 §18.1.1, §18.2.2). A connection leaves the cache when it closes.
 */
final class ConnectionCache {
  private record Key(SipTransport transport, InetSocketAddress remote) {}

  private final Map<Key, ChannelFuture> connections = new ConcurrentHashMap<>();

  /** A connection that came up (accepted or connected): usable for messages to its remote address. */
  void offer(SipTransport transport, Channel channel) {
    Key key = new Key(transport, (InetSocketAddress) channel.remoteAddress());
    ChannelFuture ready = channel.newSucceededFuture();
    connections.putIfAbsent(key, ready);
    channel.closeFuture().addListener(f -> connections.remove(key, ready));
  }

  /**
   * The cached connection to {@code remote}, or a new one from {@code connect} (which may still be
   * connecting). Two threads may both connect at once; the later one is kept, the other still delivers.
   */
  ChannelFuture get(SipTransport transport, InetSocketAddress remote, Function<InetSocketAddress, ChannelFuture> connect) {
    Key key = new Key(transport, remote);
    ChannelFuture existing = connections.get(key);
    if (existing != null && (!existing.isDone() || existing.isSuccess() && existing.channel().isActive())) {
      return existing;
    }
    ChannelFuture fresh = connect.apply(remote); // outside any map lock: a failed connect may close at once
    connections.put(key, fresh);
    fresh.channel().closeFuture().addListener(f -> connections.remove(key, fresh));
    return fresh;
  }

  void closeAll() {
    connections.values().forEach(f -> f.channel().close());
    connections.clear();
  }
}
