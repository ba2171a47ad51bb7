package org.bridgehead.gateway.sip.stack.netty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bridgehead.gateway.sip.stack.IpLiterals;

/** IP literals to addresses, never through the resolver. */
final class IpAddresses {
  /** Every request to a hop parses its literal: the few hops a gateway talks to are kept parsed. */
  private static final int CACHED = 1024;
  private static final Map<String, InetAddress> PARSED = new ConcurrentHashMap<>();

  private IpAddresses() {}

  static InetAddress of(String literal) {
    InetAddress known = PARSED.get(literal);
    if (known != null) return known;
    InetAddress parsed = parse(literal);
    if (PARSED.size() >= CACHED) PARSED.clear();
    PARSED.put(literal, parsed);
    return parsed;
  }

  private static InetAddress parse(String literal) {
    String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
    if (!IpLiterals.isIpLiteral(s)) throw new IllegalArgumentException("not an IP address: '" + literal + "'");
    try {
      return InetAddress.getByName(s); // a literal is parsed, not looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bad IP address '" + literal + "'", e);
    }
  }
}
