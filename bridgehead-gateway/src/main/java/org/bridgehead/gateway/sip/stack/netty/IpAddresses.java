package org.bridgehead.gateway.sip.stack.netty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.bridgehead.gateway.sip.stack.IpLiterals;

/** IP literals to addresses, never through the resolver. */
final class IpAddresses {
  private IpAddresses() {}

  static InetAddress of(String literal) {
    String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
    if (!IpLiterals.isIpLiteral(s)) throw new IllegalArgumentException("not an IP address: '" + literal + "'");
    try {
      return InetAddress.getByName(s); // a literal is parsed, not looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bad IP address '" + literal + "'", e);
    }
  }
}
