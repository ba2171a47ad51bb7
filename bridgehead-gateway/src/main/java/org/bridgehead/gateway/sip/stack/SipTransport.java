package org.bridgehead.gateway.sip.stack;

import java.util.Locale;

/** The SIP transports Bridgehead listens on and sends over (RFC 3261 §18). */
public enum SipTransport {
  UDP, TCP, TLS;

  /** The token used in Via headers and {@code transport=} URI parameters. */
  public String token() { return name().toLowerCase(Locale.ROOT); }

  public static SipTransport of(String token) {
    if (token == null || token.isBlank()) return UDP;
    try {
      return valueOf(token.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unsupported SIP transport '" + token + "' (udp, tcp or tls)");
    }
  }
}
