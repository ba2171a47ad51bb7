package org.bridgehead.edge.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Offers the edge's one certificate as server and as client certificate, whatever issuers the peer
 * asks for: a partner that lists only its own CAs must still receive our certificate so that it can
 * decide on SASL EXTERNAL or fall back to dialback.
 */
final class SingleKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS = "bridgehead-edge";

  private final PrivateKey key;
  private final X509Certificate[] chain;

  SingleKeyManager(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain.toArray(X509Certificate[]::new);
  }

  private boolean fits(String keyType) {
    if (keyType == null) return false;
    int underscore = keyType.indexOf('_');
    String base = underscore > 0 ? keyType.substring(0, underscore) : keyType;
    return base.equalsIgnoreCase(key.getAlgorithm());
  }

  private String[] aliases(String keyType) { return fits(keyType) ? new String[] {ALIAS} : null; }

  private String choose(String[] keyTypes) {
    return keyTypes != null && Arrays.stream(keyTypes).anyMatch(this::fits) ? ALIAS : null;
  }

  @Override public String[] getClientAliases(String keyType, Principal[] issuers) { return aliases(keyType); }

  @Override public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return choose(keyType);
  }

  @Override public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
    return choose(keyType);
  }

  @Override public String[] getServerAliases(String keyType, Principal[] issuers) { return aliases(keyType); }

  @Override public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return fits(keyType) ? ALIAS : null;
  }

  @Override public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return fits(keyType) ? ALIAS : null;
  }

  @Override public X509Certificate[] getCertificateChain(String alias) {
    return ALIAS.equals(alias) ? chain.clone() : null;
  }

  @Override public PrivateKey getPrivateKey(String alias) { return ALIAS.equals(alias) ? key : null; }
}
