package org.bridgehead.gateway.sip.stack.netty;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import org.bridgehead.gateway.sip.stack.SipTransport;

/** What the transports hand received bytes to, on an I/O thread. */
interface Receiver {
  /**
   * One message's bytes: a whole datagram, or one frame of a stream.
   *
   * @param connection the stream it came on, or null for UDP
   */
  void received(byte[] message, SipTransport transport, InetSocketAddress source, Channel connection);

  /** A stream that could not be framed; {@code head} is what was read of the faulty message's headers. */
  void unframed(String fault, byte[] head, SipTransport transport, InetSocketAddress source, Channel connection);
}
