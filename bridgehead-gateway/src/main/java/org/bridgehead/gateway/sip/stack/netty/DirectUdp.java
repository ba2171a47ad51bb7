package org.bridgehead.gateway.sip.stack.netty;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UDP listener's socket, which callers also send on from their own thread. Sent through the
 * channel, every datagram was a task for its single event-loop thread, the one that also reads and
 * parses every incoming message: under load that thread was the gateway's bottleneck (benchmark
 * scenario 1). The JDK channel serialises concurrent sends itself; Netty keeps the reading.
 */
final class DirectUdp {
  private final Map<Channel, DatagramChannel> created = new ConcurrentHashMap<>();
  private volatile DatagramChannel socket;

  /** For the bootstrap: a Netty channel on a JDK socket this class keeps. */
  Channel newChannel() {
    try {
      DatagramChannel jdk = SelectorProvider.provider().openDatagramChannel();
      NioDatagramChannel channel = new NioDatagramChannel(jdk);
      created.put(channel, jdk);
      channel.closeFuture().addListener(f -> created.remove(channel));
      return channel;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a UDP socket", e);
    }
  }

  /** The channel that was bound: its socket is the one to send on. */
  void bound(Channel channel) {
    socket = created.get(channel);
  }

  /**
   * Sends {@code datagram} now; false when there is no bound socket or its send buffer is full
   * (non-blocking), in which case the caller goes through the event loop instead.
   */
  boolean sendNow(byte[] datagram, InetSocketAddress to) throws IOException {
    DatagramChannel s = socket;
    return s != null && s.isOpen() && s.send(ByteBuffer.wrap(datagram), to) > 0;
  }
}
