package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.channel.Channel;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.junit.jupiter.api.Test;

class UdpSocketTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  /** What the socket's reader handed over. */
  private static final class Received implements Receiver {
    final List<String> texts = new CopyOnWriteArrayList<>();
    final List<InetSocketAddress> sources = new CopyOnWriteArrayList<>();

    @Override
    public void received(byte[] message, SipTransport transport, InetSocketAddress source, Channel connection) {
      assertThat(transport).isEqualTo(SipTransport.UDP);
      assertThat(connection).isNull();
      texts.add(new String(message, StandardCharsets.UTF_8));
      sources.add(source);
      if (texts.size() == 1) throw new IllegalStateException("a failing handler must not stop the reader");
    }

    @Override
    public void unframed(String fault, byte[] head, SipTransport transport, InetSocketAddress source, Channel c) {}
  }

  @Test
  void eachDatagramArrivesWholeWithItsSourceAndRepliesGoOutOnTheSameSocket() throws Exception {
    Received received = new Received();
    UdpSocket socket = UdpSocket.bind(LOOPBACK, 0, received, "udptest");
    try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
      peer.setSoTimeout(5000);
      byte[] big = "x".repeat(60_000).getBytes(StandardCharsets.UTF_8);
      for (byte[] d : List.of("first".getBytes(StandardCharsets.UTF_8), "second".getBytes(StandardCharsets.UTF_8), big)) {
        peer.send(new DatagramPacket(d, d.length, socket.localAddress()));
      }
      await().atMost(Duration.ofSeconds(5)).until(() -> received.texts.size() == 3);
      assertThat(received.texts.subList(0, 2)).containsExactly("first", "second");
      assertThat(received.texts.get(2)).hasSize(60_000); // nothing cut off a large datagram
      assertThat(received.sources).allMatch(s -> s.equals(peer.getLocalSocketAddress()));

      socket.send("reply".getBytes(StandardCharsets.UTF_8), (InetSocketAddress) peer.getLocalSocketAddress());
      DatagramPacket reply = new DatagramPacket(new byte[100], 100);
      peer.receive(reply);
      assertThat(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8)).isEqualTo("reply");
      assertThat(reply.getSocketAddress()).isEqualTo(socket.localAddress());
    } finally {
      socket.close();
    }
  }

  @Test
  void aTakenPortIsReportedAndAClosedSocketFreesItsPortAndThread() throws Exception {
    UdpSocket first = UdpSocket.bind(LOOPBACK, 0, new Received(), "udptest-a");
    int port = first.localAddress().getPort();
    assertThat(UdpSocket.bind(LOOPBACK, port, new Received(), "udptest-b")).isNull();
    first.close();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("udptest-a-udp"));
    UdpSocket again = UdpSocket.bind(LOOPBACK, port, new Received(), "udptest-c");
    assertThat(again).isNotNull();
    again.close();
  }
}
