package org.bridgehead.gateway.sip.stack;

import java.util.Objects;

/**
 * Where a request is sent: a numeric address, a port and a transport. Names are never resolved here —
 * the SIP side does not query DNS — so the address must be an IP literal.
 */
public record Hop(String address, int port, SipTransport transport) {
  public Hop {
    Objects.requireNonNull(transport, "transport");
    if (!IpLiterals.isIpLiteral(address)) {
      throw new IllegalArgumentException("a SIP hop needs an IP address, not '" + address + "' (no DNS on the SIP side)");
    }
    if (port <= 0 || port > 65535) throw new IllegalArgumentException("bad SIP port " + port);
  }

  /** Parses {@code 127.0.0.4:5060;transport=udp}, {@code 127.0.0.4} (5060, UDP) or {@code sip:127.0.0.4:5060;transport=tcp}. */
  public static Hop parse(String text) {
    String s = text.strip();
    if (s.regionMatches(true, 0, "sip:", 0, 4)) s = s.substring(4);
    SipTransport transport = SipTransport.UDP;
    int semi = s.indexOf(';');
    if (semi >= 0) {
      for (String p : s.substring(semi + 1).split(";")) {
        if (p.regionMatches(true, 0, "transport=", 0, 10)) transport = SipTransport.of(p.substring(10));
      }
      s = s.substring(0, semi);
    }
    int port = transport == SipTransport.TLS ? 5061 : 5060;
    int colon = s.lastIndexOf(':');
    if (colon > 0 && s.indexOf(':') == colon) {
      try {
        port = Integer.parseInt(s.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad port in SIP hop '" + text + "'");
      }
      s = s.substring(0, colon);
    }
    return new Hop(s, port, transport);
  }

  @Override
  public String toString() { return address + ":" + port + ";transport=" + transport.token(); }
}
