package org.bridgehead.diagnostics.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** {@code ip[:port]} or {@code [ipv6]:port}, never resolved: a host name is refused. */
final class IpEndpoints {
  private IpEndpoints() {}

  static InetSocketAddress parse(String value, int defaultPort) {
    String host = value;
    int port = defaultPort;
    if (value.startsWith("[") && value.contains("]")) {
      host = value.substring(1, value.indexOf(']'));
      String rest = value.substring(value.indexOf(']') + 1);
      if (rest.startsWith(":")) port = port(value, rest.substring(1));
    } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
      host = value.substring(0, value.indexOf(':'));
      port = port(value, value.substring(value.indexOf(':') + 1));
    }
    if (!host.matches("[0-9.]+") && !host.contains(":")) {
      throw new IllegalArgumentException("'" + value + "': give an IP address, not a host name (names are never resolved here)");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + value + "' is not an IP address");
    }
  }

  private static int port(String whole, String text) {
    try {
      int p = Integer.parseInt(text);
      if (p < 1 || p > 65535) throw new NumberFormatException();
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + whole + "': port must be a number from 1 to 65535");
    }
  }
}
