package org.bridgehead.gateway.sip.stack;

import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/** The certificate (key managers) and trust (trust managers) of a SIP TLS listener. */
public record SipTlsMaterial(KeyManager[] keyManagers, TrustManager[] trustManagers) {
  public SipTlsMaterial {
    Objects.requireNonNull(keyManagers, "keyManagers");
    Objects.requireNonNull(trustManagers, "trustManagers");
    if (keyManagers.length == 0) throw new IllegalArgumentException("a TLS listener needs a certificate");
  }
}
