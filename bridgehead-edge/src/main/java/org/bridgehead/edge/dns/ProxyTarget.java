package org.bridgehead.edge.dns;

import java.util.Optional;

/**
 * Parses a configured ProxyFqdn: "host", "host:port", "192.0.2.1:5270", "[2001:db8::1]:5270" or a
 * bare IPv6 literal. The result replaces DNS for that partner.
 */
final class ProxyTarget {
  private ProxyTarget() {}

  /** The override target, or empty when {@code proxyFqdn} is null or blank. */
  static Optional<SrvTarget> parse(String proxyFqdn, int defaultPort) {
    if (proxyFqdn == null || proxyFqdn.isBlank()) {
      return Optional.empty();
    }
    String s = proxyFqdn.trim();
    String host = s;
    String port = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0 || (close + 1 < s.length() && s.charAt(close + 1) != ':')) {
        throw new IllegalArgumentException("bad ProxyFqdn: " + proxyFqdn);
      }
      host = s.substring(1, close);
      port = close + 1 < s.length() ? s.substring(close + 2) : null;
    } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
      host = s.substring(0, s.indexOf(':'));
      port = s.substring(s.indexOf(':') + 1);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("bad ProxyFqdn, no host: " + proxyFqdn);
    }
    return Optional.of(new SrvTarget(host, port == null ? defaultPort : port(port, proxyFqdn),
        0, 0, false));
  }

  private static int port(String text, String proxyFqdn) {
    try {
      int p = Integer.parseInt(text);
      if (p >= 1 && p <= 0xFFFF) {
        return p;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException("bad ProxyFqdn port: " + proxyFqdn);
  }
}
