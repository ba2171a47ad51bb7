package org.bridgehead.gateway.sip.stack.netty;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A SIP peer made of one datagram socket and text, to see exactly what the endpoint sends. */
final class RawUdpPeer implements AutoCloseable {
  private final DatagramSocket socket;

  RawUdpPeer(String address) throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
  }

  int port() { return socket.getLocalPort(); }

  void send(String text, InetSocketAddress to) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    socket.send(new DatagramPacket(b, b.length, to));
  }

  /** The next datagram within {@code millis}, or null. */
  String receive(int millis) throws IOException {
    return receivePacket(millis) == null ? null : last;
  }

  private String last;

  /** The next datagram's sender within {@code millis}, or null; its text is {@link #lastText()}. */
  InetSocketAddress receivePacket(int millis) throws IOException {
    byte[] buf = new byte[65536];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    socket.setSoTimeout(millis);
    try {
      socket.receive(p);
    } catch (SocketTimeoutException e) {
      return null;
    }
    last = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    return (InetSocketAddress) p.getSocketAddress();
  }

  String lastText() { return last; }

  /** A request as a client at {@code via} sends it. */
  static String request(String method, String branch, String via, String body) {
    return method + " sip:bob@contoso.test SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP " + via + ";branch=" + branch + ";rport\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:alice@contoso.test>;tag=a1\r\n"
        + "To: <sip:bob@contoso.test>\r\n"
        + "Call-ID: " + branch + "@test\r\n"
        + "CSeq: 1 " + method + "\r\n"
        + (body.isEmpty() ? "" : "Content-Type: text/plain\r\n")
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  /** A response to {@code request} with the given status line. */
  static String answer(String request, String statusLine) {
    StringBuilder b = new StringBuilder("SIP/2.0 ").append(statusLine).append("\r\n");
    for (String line : request.split("\r\n")) {
      if (line.startsWith("Via:") || line.startsWith("From:") || line.startsWith("Call-ID:") || line.startsWith("CSeq:")) {
        b.append(line).append("\r\n");
      } else if (line.startsWith("To:")) {
        b.append(line).append(";tag=b1\r\n");
      }
    }
    return b.append("Content-Length: 0\r\n\r\n").toString();
  }

  @Override
  public void close() { socket.close(); }
}
