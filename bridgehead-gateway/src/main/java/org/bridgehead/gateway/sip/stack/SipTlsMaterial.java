package org.bridgehead.gateway.sip.stack;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.List;
import java.util.Objects;

/**
 * The certificate (a key store holding one key entry and its chain) and the trusted roots of a SIP TLS
 * listener.
 *
 * @param password the password of the key store and of its key entry
 */
public record SipTlsMaterial(KeyStore keyStore, char[] password, KeyStore trustStore) {
  /** TLS 1.3 and 1.2 with forward secrecy only: what current peers expect, for every SIP stack. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
  public static final List<String> CIPHER_SUITES = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
      "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");

  public SipTlsMaterial {
    Objects.requireNonNull(keyStore, "keyStore");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(trustStore, "trustStore");
    try {
      if (keyStore.size() == 0) throw new IllegalArgumentException("a TLS listener needs a certificate");
    } catch (KeyStoreException e) {
      throw new IllegalArgumentException("the key store is not loaded", e);
    }
  }
}
