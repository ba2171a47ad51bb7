package org.bridgehead.server.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses {@code ip:port} without ever asking a DNS resolver (only literal addresses are accepted). */
final class SocketAddresses {
  private SocketAddresses() {}

  static InetSocketAddress parse(String value, int defaultPort) {
    String host = value;
    int port = defaultPort;
    int colon = value.lastIndexOf(':');
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      host = value.substring(1, end);
      if (end + 1 < value.length() && value.charAt(end + 1) == ':') port = parsePort(value, value.substring(end + 2));
    } else if (colon > 0 && value.indexOf(':') == colon) {
      host = value.substring(0, colon);
      port = parsePort(value, value.substring(colon + 1));
    }
    if (host.equalsIgnoreCase("localhost")) host = "127.0.0.1";
    if (!host.matches("[0-9.]+") && !host.contains(":")) {
      throw new IllegalArgumentException("'" + value + "': give an IP address, not a host name (names are never resolved here)");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port); // a literal: no lookup happens
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + value + "' is not an IP address");
    }
  }

  private static int parsePort(String whole, String port) {
    try {
      int p = Integer.parseInt(port);
      if (p < 0 || p > 65535) throw new NumberFormatException();
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + whole + "': port must be a number from 0 to 65535");
    }
  }
}
