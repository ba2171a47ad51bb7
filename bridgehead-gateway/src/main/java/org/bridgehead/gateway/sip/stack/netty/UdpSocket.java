package org.bridgehead.gateway.sip.stack.netty;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UDP listener: one JDK socket in blocking mode, read by its own thread into one reused buffer,
 * sent on by whichever thread has a datagram to send (the JDK serialises sends and reads separately).
 * Through a Netty channel every datagram cost a pooled 64 KiB buffer, a selector wake-up and a
 * pipeline pass, and every send was a task for the one thread that also read (benchmark scenario 1:
 * that thread weighed as much as the whole S2S edge). A datagram is a message: nothing here needs
 * an event loop.
 */
final class UdpSocket implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UdpSocket.class);
  /** The largest UDP payload; a SIP message over UDP is one datagram (RFC 3261 §18.1.1). */
  private static final int MAX_DATAGRAM = 65_535;

  private final DatagramChannel channel;
  private final InetSocketAddress local;
  private final Thread reader;

  private UdpSocket(DatagramChannel channel, Receiver receiver, String name) throws IOException {
    this.channel = channel;
    this.local = (InetSocketAddress) channel.getLocalAddress();
    this.reader = new Thread(() -> read(receiver), name + "-udp");
    reader.setDaemon(true);
    reader.start();
  }

  /** Binds {@code ip:port}; null when the port is taken (the caller may try another). */
  static UdpSocket bind(InetAddress ip, int port, Receiver receiver, String name) throws IOException {
    DatagramChannel channel = DatagramChannel.open(ip instanceof java.net.Inet6Address
        ? java.net.StandardProtocolFamily.INET6 : java.net.StandardProtocolFamily.INET);
    try {
      channel.setOption(StandardSocketOptions.SO_RCVBUF, SipEndpointSettings.UDP_BUFFER_BYTES);
      channel.setOption(StandardSocketOptions.SO_SNDBUF, SipEndpointSettings.UDP_BUFFER_BYTES);
      channel.bind(new InetSocketAddress(ip, port));
    } catch (java.net.BindException e) {
      channel.close();
      return null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return new UdpSocket(channel, receiver, name);
  }

  InetSocketAddress localAddress() { return local; }

  /** The receive buffer the kernel granted (it caps the 4 MiB asked for at net.core.rmem_max, then doubles it). */
  int receiveBufferBytes() throws IOException { return channel.getOption(StandardSocketOptions.SO_RCVBUF); }

  /** Sends one datagram from the calling thread (blocking only while the 4 MiB send buffer is full). */
  void send(byte[] datagram, InetSocketAddress to) throws IOException {
    channel.send(ByteBuffer.wrap(datagram), to);
  }

  private void read(Receiver receiver) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
    while (channel.isOpen()) {
      InetSocketAddress source;
      buffer.clear();
      try {
        source = (InetSocketAddress) channel.receive(buffer);
      } catch (ClosedChannelException e) {
        return; // closed: the endpoint is stopping
      } catch (IOException e) {
        log.debug("SIP UDP receive: {}", e.toString()); // e.g. an ICMP error reported on a later read
        continue;
      }
      buffer.flip();
      byte[] message = new byte[buffer.remaining()];
      buffer.get(message);
      try {
        receiver.received(message, SipTransport.UDP, source, null);
      } catch (RuntimeException e) {
        log.warn("SIP UDP message from {} not handled: {}", source, e.toString(), e);
      }
    }
  }

  @Override
  public void close() {
    try {
      channel.close(); // wakes the reader out of receive()
      reader.join(2000);
    } catch (IOException e) {
      log.debug("SIP UDP close: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
