package org.bridgehead.diagnostics.federation;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.bridgehead.edge.tls.EdgeTlsContexts;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.stream.StreamErrorException;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.stream.XmppStreamParser;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;

/**
 * One blocking XMPP stream as the prober sees it: write text, read the header and top-level
 * elements with the project's own parser, upgrade to TLS in place. A probe is sequential, so plain
 * sockets keep every step easy to follow and to time.
 */
final class ProbeConnection implements AutoCloseable {
  private static final int MAX_STANZA = 1 << 20;
  /** The prefixes our stream header declares, so dialback elements go out as {@code db:result}. */
  private static final Map<String, String> PREFIXES = StreamHeader.server(null, null, null).prefixesByUri();

  private Socket socket;
  private InputStream in;
  private XmppStreamParser parser = newParser();
  private final byte[] buffer = new byte[8192];

  ProbeConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  private static XmppStreamParser newParser() {
    return new XmppStreamParser(MAX_STANZA, Set.of(Namespaces.JABBER_SERVER));
  }

  /** Opens our stream (a fresh parser reads the answer) and returns the peer's header. */
  StreamHeader open(String from, String to) throws IOException {
    parser = newParser();
    send(StreamHeader.server(from, to, null).toXml());
    Object first = read();
    if (first instanceof StreamHeader header) return header;
    throw new ProbeException("expected a stream header, got " + first);
  }

  void readTimeout(long millis) throws IOException {
    socket.setSoTimeout((int) millis);
  }

  void send(String xml) throws IOException {
    socket.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  void send(XmlElement element) throws IOException {
    send(XmlWriter.toXml(element, Namespaces.JABBER_SERVER, PREFIXES));
  }

  /** The next top-level element; a closed or broken stream is a {@link ProbeException}. */
  XmlElement element() throws IOException {
    Object next = read();
    if (next instanceof XmlElement e) return e;
    throw new ProbeException("expected an element, got " + next);
  }

  private Object read() throws IOException {
    try {
      while (true) {
        Object next = parser.next();
        if (next == StreamEnd.INSTANCE) throw new ProbeException("the peer closed the stream");
        if (next != null) return next;
        int n;
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException e) {
          throw new ProbeException("no answer within " + socket.getSoTimeout() + " ms", e);
        }
        if (n < 0) throw new ProbeException("the peer closed the connection");
        parser.feed(Arrays.copyOf(buffer, n));
      }
    } catch (StreamErrorException e) {
      throw new ProbeException("the peer sent malformed XML: " + e.getMessage(), e);
    }
  }

  /** Performs the TLS handshake on this connection (after {@code <proceed/>} or at once for direct TLS). */
  SSLSocket startTls(SSLContext context, String serverName) throws IOException {
    SSLSocket tls = (SSLSocket) context.getSocketFactory()
        .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
    SSLParameters params = tls.getSSLParameters();
    params.setProtocols(EdgeTlsContexts.PROTOCOLS.toArray(String[]::new));
    params.setServerNames(List.of(new SNIHostName(serverName)));
    tls.setSSLParameters(params);
    tls.setUseClientMode(true);
    tls.setSoTimeout(socket.getSoTimeout());
    tls.startHandshake();
    socket = tls;
    in = tls.getInputStream();
    return tls;
  }

  @Override
  public void close() {
    try {
      if (!socket.isClosed()) {
        try {
          send(StreamEnd.XML);
        } catch (IOException ignored) {
          // closing anyway
        }
      }
      socket.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }
}
