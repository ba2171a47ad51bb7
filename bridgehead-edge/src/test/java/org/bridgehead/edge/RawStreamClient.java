package org.bridgehead.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scripted peer that writes raw XML and reads until a pattern: for protocol violations no real server commits. */
final class RawStreamClient implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final StringBuilder received = new StringBuilder();

  RawStreamClient(InetSocketAddress to) throws IOException {
    socket = new Socket();
    socket.connect(to, 5000);
    socket.setSoTimeout(200);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  RawStreamClient send(String xml) throws IOException {
    out.write(xml.getBytes(StandardCharsets.UTF_8));
    out.flush();
    return this;
  }

  RawStreamClient openStream(String from, String to) throws IOException {
    return send("<?xml version='1.0'?><stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'"
        + " xmlns:db='jabber:server:dialback' from='" + from + "' to='" + to + "' version='1.0'>");
  }

  /** Reads until {@code regex} matches what arrived so far; returns the match. */
  Matcher await(String regex) throws IOException {
    Pattern p = Pattern.compile(regex, Pattern.DOTALL);
    long deadline = System.nanoTime() + 10_000_000_000L;
    byte[] buf = new byte[4096];
    while (true) {
      Matcher m = p.matcher(received);
      if (m.find()) return m;
      if (System.nanoTime() > deadline) throw new AssertionError("never saw /" + regex + "/ in: " + received);
      try {
        int n = in.read(buf);
        if (n < 0) {
          m = p.matcher(received);
          if (m.find()) return m;
          throw new AssertionError("connection closed before /" + regex + "/; received: " + received);
        }
        received.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      } catch (SocketTimeoutException e) {
        // keep waiting until the deadline
      }
    }
  }

  /** True once the server has closed the connection (within 10 s). */
  boolean closedByPeer() throws IOException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    byte[] buf = new byte[4096];
    while (System.nanoTime() < deadline) {
      try {
        int n = in.read(buf);
        if (n < 0) return true;
        received.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      } catch (SocketTimeoutException e) {
        // not yet
      } catch (IOException e) {
        return true;
      }
    }
    return false;
  }

  String received() { return received.toString(); }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
