package org.bridgehead.gateway.sip.stack.netty;

import java.util.Locale;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipTransport;

/**
 * One Via value (RFC 3261 §20.42): transport, sent-by and the parameters the transaction layer needs.
 *
 * @param port the sent-by port, or -1 when absent
 * @param branch the branch parameter, or null
 * @param rport true when the rport parameter is present (RFC 3581)
 * @param params the raw parameter text after sent-by, starting with ';' (or empty)
 */
record Via(SipTransport transport, String host, int port, String branch, boolean rport, String params) {
  static final String MAGIC_COOKIE = "z9hG4bK";

  static Via parse(String value) {
    int slash2 = value.indexOf('/', value.indexOf('/') + 1);
    if (!value.regionMatches(true, 0, "SIP", 0, 3) || slash2 < 0) throw fault(value);
    String rest = value.substring(slash2 + 1).stripLeading();
    int space = indexOfWhitespace(rest);
    if (space < 0) throw fault(value);
    SipTransport transport;
    try {
      transport = SipTransport.of(rest.substring(0, space));
    } catch (IllegalArgumentException e) {
      throw new SipParseException("unsupported Via transport '" + SipParser.abbreviate(rest.substring(0, space)) + "'");
    }
    String hostPort = rest.substring(space).strip();
    int semi = hostPort.indexOf(';');
    String params = semi < 0 ? "" : hostPort.substring(semi);
    String sentBy = (semi < 0 ? hostPort : hostPort.substring(0, semi)).strip();
    int close = sentBy.lastIndexOf(']');
    int colon = sentBy.lastIndexOf(':');
    String host = sentBy;
    int port = -1;
    if (colon > close && (close >= 0 || sentBy.indexOf(':') == colon)) {
      host = sentBy.substring(0, colon).strip();
      port = port(sentBy.substring(colon + 1).strip(), value);
    }
    if (host.isEmpty()) throw fault(value);
    return new Via(transport, host, port, param(params, "branch"), param(params, "rport") != null, params);
  }

  /** The port responses go to when nothing else says: the sent-by port or the transport's default. */
  int portOrDefault() { return port > 0 ? port : transport == SipTransport.TLS ? 5061 : 5060; }

  /** The host without IPv6 brackets, as an address to send to. */
  String address() { return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host; }

  /** True for an RFC 3261 branch, which identifies transactions by itself (§17.2.3). */
  boolean rfc3261Branch() { return branch != null && branch.startsWith(MAGIC_COOKIE); }

  /**
   * The Via value with {@code received} (RFC 3261 §18.2.1) and, when asked for, {@code rport} (RFC 3581 §4)
   * set to where the request really came from.
   */
  String stamped(String sourceIp, int sourcePort) {
    StringBuilder b = new StringBuilder(48 + params.length());
    b.append("SIP/2.0/").append(transport.name()).append(' ').append(host);
    if (port > 0) b.append(':').append(port);
    for (String p : params.split(";")) {
      String name = p.strip();
      int eq = name.indexOf('=');
      String key = (eq < 0 ? name : name.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || key.equals("received") || key.equals("rport")) continue;
      b.append(';').append(name);
    }
    if (rport) b.append(";rport=").append(sourcePort);
    if (rport || !address().equalsIgnoreCase(sourceIp)) b.append(";received=").append(sourceIp);
    return b.toString();
  }

  /** The value of parameter {@code name} ("" when it has none), or null. */
  static String param(String params, String name) {
    return SipHeaders.param(params, name).orElse(null);
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' || s.charAt(i) == '\t') return i;
    }
    return -1;
  }

  private static int port(String text, String value) {
    if (!SipHeaders.isDigits(text, 5)) throw fault(value);
    int p = Integer.parseInt(text);
    if (p < 1 || p > 65535) throw fault(value);
    return p;
  }

  private static SipParseException fault(String value) {
    return new SipParseException("bad Via '" + SipParser.abbreviate(value) + "'");
  }
}
