package org.bridgehead.edge.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.xbill.DNS.Address;

/** Parses IPv4 and IPv6 literals without any name lookup. */
final class IpLiterals {
  private IpLiterals() {}

  /**
   * The address written in {@code text} ("192.0.2.1", "2001:db8::1", "[2001:db8::1]"), or empty
   * when it is not an IP literal. The returned address carries {@code text} as its host string, so
   * nothing ever reverse-resolves it.
   */
  static Optional<InetAddress> parse(String text) {
    String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1)
        : text;
    byte[] bytes = Address.toByteArray(s, Address.IPv4);
    if (bytes == null && s.indexOf(':') >= 0) {
      bytes = Address.toByteArray(s, Address.IPv6);
    }
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(s, bytes));
    } catch (UnknownHostException e) {
      return Optional.empty(); // cannot happen: 4 or 16 bytes
    }
  }
}
