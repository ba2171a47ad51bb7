package org.bridgehead.diagnostics.federation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.testkit.pki.TestPki;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.stream.XmppStreamParser;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;

/**
 * A scripted XMPP server for one domain on a 127.0.7.x address: STARTTLS (or not), a given
 * certificate, SASL EXTERNAL for any client certificate, dialback answered valid or invalid, pings.
 */
final class RawXmppServer implements AutoCloseable {
  private final ServerSocket listener;
  private final String domain;
  private final TestPki.Issued certificate;
  private volatile boolean offerStartTls = true;
  private volatile String dialbackAnswer = "valid";

  RawXmppServer(String ip, String domain, TestPki.Issued certificate) throws IOException {
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getByName(ip), 0));
    this.domain = domain;
    this.certificate = certificate;
    Thread t = new Thread(this::acceptLoop, "raw-xmpp-" + domain);
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  RawXmppServer withoutStartTls() {
    offerStartTls = false;
    return this;
  }

  RawXmppServer dialbackAnswer(String type) {
    dialbackAnswer = type;
    return this;
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket s = listener.accept();
        Thread t = new Thread(() -> serve(s), "raw-xmpp-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (Socket s = socket) {
      Socket current = s;
      boolean secured = false;
      boolean restart = true;
      XmppStreamParser parser = null;
      byte[] buf = new byte[8192];
      while (true) {
        if (restart) {
          parser = new XmppStreamParser(1 << 20, Set.of(Namespaces.SERVER));
          restart = false;
        }
        Object next = parser.next();
        if (next == null) {
          int n = current.getInputStream().read(buf);
          if (n < 0) return;
          parser.feed(Arrays.copyOf(buf, n));
          continue;
        }
        OutputStream out = current.getOutputStream();
        if (next instanceof StreamHeader h) {
          write(out, StreamHeader.server(domain, h.from(), UUID.randomUUID().toString()).toXml());
          write(out, XmlWriter.toXml(features(secured, current)));
        } else if (next instanceof XmlElement e) {
          if (e.name().equals("starttls")) {
            write(out, XmlWriter.toXml(Features.tls("proceed")));
            current = tls(current);
            secured = true;
            restart = true;
          } else if (e.name().equals("auth")) {
            write(out, XmlWriter.toXml(XmlElement.builder("success", Namespaces.SASL).build()));
            restart = true;
          } else if (e.name().equals("result")) {
            write(out, XmlWriter.toXml(Features.dialback("result", domain, e.attribute("from"), null,
                dialbackAnswer, null), Namespaces.SERVER));
          } else if (e.name().equals("iq")) {
            write(out, "<iq type='result' from='" + domain + "' to='" + e.attribute("from")
                + "' id='" + e.attribute("id") + "'/>");
          }
        } else {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the probe hung up or the test ended
    }
  }

  private XmlElement features(boolean secured, Socket current) {
    XmlElement.Builder b = XmlElement.builder("features", Namespaces.STREAMS);
    if (!secured && offerStartTls) b.child(Features.startTls(false));
    if (secured && current instanceof SSLSocket tls && hasClientCertificate(tls)) b.child(Features.saslExternal());
    b.child(Features.dialback());
    return b.build();
  }

  private static boolean hasClientCertificate(SSLSocket tls) {
    try {
      return tls.getSession().getPeerCertificates().length > 0;
    } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
      return false;
    }
  }

  private Socket tls(Socket plain) throws IOException {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", certificate.keyPair().getPrivate(), new char[0],
          new X509Certificate[] {certificate.certificate(), certificate.issuer()});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store, new char[0]);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), new javax.net.ssl.TrustManager[] {new TrustAll()}, null);
      SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
      tls.setUseClientMode(false);
      tls.setWantClientAuth(true);
      tls.startHandshake();
      return tls;
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  private static void write(OutputStream out, String xml) throws IOException {
    out.write(xml.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  /** The test server lets any client certificate through; the probe's own checks are what is tested. */
  private static final class TrustAll implements javax.net.ssl.X509TrustManager {
    @Override public void checkClientTrusted(X509Certificate[] c, String a) {}

    @Override public void checkServerTrusted(X509Certificate[] c, String a) {}

    @Override public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

}
