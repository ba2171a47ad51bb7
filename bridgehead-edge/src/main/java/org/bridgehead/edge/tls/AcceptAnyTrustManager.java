package org.bridgehead.edge.tls;

import java.net.Socket;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts every peer chain during the handshake, so that a peer whose certificate we cannot trust can
 * still authenticate with dialback over the encrypted stream (XEP-0220). Trust is decided afterwards by
 * {@link PeerAuthentication}. Names no acceptable issuers, so peers send whatever certificate they have.
 */
final class AcceptAnyTrustManager extends X509ExtendedTrustManager {
  static final AcceptAnyTrustManager INSTANCE = new AcceptAnyTrustManager();

  private AcceptAnyTrustManager() {}

  @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}

  @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}

  @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

  @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

  @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

  @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

  @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
}
