package org.bridgehead.edge.tls;

import io.netty.handler.ssl.SslHandler;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** What a completed handshake tells about the peer. */
public final class PeerCertificates {
  private PeerCertificates() {}

  /** The peer's certificate chain, leaf first; empty when it presented none. */
  public static List<X509Certificate> of(SSLSession session) {
    try {
      Certificate[] certs = session.getPeerCertificates();
      return Arrays.stream(certs).filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
    } catch (SSLPeerUnverifiedException e) {
      return List.of();
    }
  }

  /** The peer's chain on a channel whose handshake has completed. */
  public static List<X509Certificate> of(SslHandler handler) {
    return of(handler.engine().getSession());
  }

  /** On the accepting side: the host name the peer asked for with SNI (our domain it wants), if any. */
  public static Optional<String> requestedServerName(SSLSession session) {
    if (!(session instanceof ExtendedSSLSession extended)) return Optional.empty();
    for (SNIServerName name : extended.getRequestedServerNames()) {
      if (name instanceof SNIHostName host) return Optional.of(host.getAsciiName());
    }
    return Optional.empty();
  }
}
