package org.bridgehead.diagnostics.federation;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The prober's TLS context: any server chain is accepted during the handshake so that the chain and
 * name checks can run afterwards and say precisely what is wrong (a failed handshake says nothing
 * about names); our client certificate is offered when one is given, for SASL EXTERNAL.
 */
final class ProbeTls {
  private ProbeTls() {}

  static SSLContext context(PrivateKey key, List<X509Certificate> chain) {
    try {
      KeyManager[] keys = null;
      if (key != null) {
        char[] none = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("client", key, none, chain.toArray(X509Certificate[]::new));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, none);
        keys = kmf.getKeyManagers();
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, new TrustManager[] {new AcceptForLater()}, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException("cannot use the client certificate and key: " + e.getMessage(), e);
    }
  }

  /** Accepts during the handshake; {@code ChainValidator} and {@code CertificateIdentity} judge afterwards. */
  private static final class AcceptForLater extends X509ExtendedTrustManager {
    @Override public void checkClientTrusted(X509Certificate[] c, String a) {}

    @Override public void checkServerTrusted(X509Certificate[] c, String a) {}

    @Override public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}

    @Override public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}

    @Override public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}

    @Override public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}

    @Override public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
