package org.bridgehead.gateway.sip.stack;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Objects;

/**
 * The certificate (a key store holding one key entry and its chain) and the trusted roots of a SIP TLS
 * listener.
 *
 * @param password the password of the key store and of its key entry
 */
public record SipTlsMaterial(KeyStore keyStore, char[] password, KeyStore trustStore) {
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
