package org.bridgehead.gateway.sip.stack.netty;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bridgehead.gateway.sip.stack.SipHeaders;

/**
 * Bytes to {@link SipMessage} (RFC 3261 §7, §25): start line, headers with folding, compact names and
 * comma lists, and the body delimited by Content-Length. A datagram without Content-Length carries the
 * rest of the datagram as body (§18.3); a stream frame must have one. Every fault is a
 * {@link SipParseException} that names it.
 */
final class SipParser {
  private SipParser() {}

  /**
   * Parses one message from {@code buf[off, off+len)}.
   *
   * @param datagram true for UDP: the datagram is the message, Content-Length may be absent
   */
  static SipMessage parse(byte[] buf, int off, int len, boolean datagram, int maxBytes) {
    if (len > maxBytes) throw new SipParseException("message of " + len + " bytes exceeds the limit of " + maxBytes);
    int end = off + len;
    int start = skipLineBreaks(buf, off, end);
    if (start == end) throw new SipParseException("empty message");
    int blank = headerEnd(buf, start, end);
    if (blank < 0) throw new SipParseException("no empty line after the headers");
    String head = new String(buf, start, blank - start, StandardCharsets.UTF_8);
    int bodyStart = blank + (buf[blank] == '\r' ? 2 : 1);
    List<String> lines = lines(head);
    List<Map.Entry<String, String>> headers = new ArrayList<>(lines.size() + 4);
    for (int i = 1; i < lines.size(); i++) header(lines.get(i), headers);
    int available = end - bodyStart;
    int length = contentLength(headers, available, datagram);
    byte[] body = length == 0 ? EMPTY : Arrays.copyOfRange(buf, bodyStart, bodyStart + length);
    return startLine(lines.get(0), headers, body);
  }

  static final byte[] EMPTY = new byte[0];

  static int skipLineBreaks(byte[] buf, int from, int end) {
    int i = from;
    while (i < end && (buf[i] == '\r' || buf[i] == '\n')) i++;
    return i;
  }

  /** Index of the empty line's first byte (the CR or LF after the last header's line break), or -1. */
  static int headerEnd(byte[] buf, int from, int end) {
    for (int i = from; i < end; i++) {
      if (buf[i] != '\n') continue;
      if (i + 1 < end && buf[i + 1] == '\n') return i + 1;
      if (i + 2 < end && buf[i + 1] == '\r' && buf[i + 2] == '\n') return i + 1;
    }
    return -1;
  }

  /** Lines of the header block, continuation lines (starting with SP or HT) folded into one SP. */
  private static List<String> lines(String head) {
    List<String> lines = new ArrayList<>(16);
    int i = 0;
    while (i < head.length()) {
      int nl = head.indexOf('\n', i);
      int stop = nl < 0 ? head.length() : nl;
      String line = head.substring(i, stop > i && head.charAt(stop - 1) == '\r' ? stop - 1 : stop);
      i = stop + 1;
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
        if (lines.size() < 2) throw new SipParseException("continuation line before the first header");
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).stripTrailing() + " " + line.strip());
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  private static void header(String line, List<Map.Entry<String, String>> out) {
    int colon = line.indexOf(':');
    if (colon < 0) throw new SipParseException("header line without colon: '" + abbreviate(line) + "'");
    String wire = line.substring(0, colon).stripTrailing();
    if (!isToken(wire)) {
      throw new SipParseException("bad header name '" + abbreviate(wire) + "'");
    }
    String name = HeaderNames.canonical(wire);
    String value = line.substring(colon + 1).strip();
    if (!HeaderNames.isList(name)) {
      out.add(new SimpleImmutableEntry<>(name, value));
      return;
    }
    List<String> values = new ArrayList<>(2);
    HeaderValues.split(value, values);
    if (values.isEmpty()) values.add(""); // e.g. "Supported:" with no option tag (RFC 3261 §20.37): kept, empty
    for (String v : values) out.add(new SimpleImmutableEntry<>(name, v));
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      if (!HeaderNames.isTokenChar(s.charAt(i))) return false;
    }
    return true;
  }

  private static int contentLength(List<Map.Entry<String, String>> headers, int available, boolean datagram) {
    int length = -1;
    for (var h : headers) {
      if (!h.getKey().equals("Content-Length")) continue;
      int value = number(h.getValue());
      if (length >= 0 && value != length) throw new SipParseException("conflicting Content-Length headers");
      length = value;
    }
    if (length < 0) {
      if (!datagram) throw new SipParseException("Content-Length is required on stream transports");
      return available;
    }
    if (length > available) {
      throw new SipParseException("Content-Length " + length + " exceeds the " + available + " bytes of body received");
    }
    return length; // extra datagram bytes past Content-Length are discarded (§18.3)
  }

  /** A Content-Length value: digits only, no sign. */
  static int number(String text) {
    String t = text.strip();
    if (!SipHeaders.isDigits(t, 9)) {
      throw new SipParseException("bad Content-Length '" + abbreviate(t) + "'");
    }
    return Integer.parseInt(t);
  }

  private static SipMessage startLine(String line, List<Map.Entry<String, String>> headers, byte[] body) {
    if (line.regionMatches(true, 0, "SIP/", 0, 4)) {
      String[] parts = line.split(" ", 3);
      version(parts[0]);
      if (parts.length < 2 || !isStatusCode(parts[1])) {
        throw new SipParseException("bad status line '" + abbreviate(line) + "'");
      }
      return new SipMessage(null, null, Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", headers, body);
    }
    String[] parts = line.split(" ");
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()
        || !isToken(parts[0])) {
      throw new SipParseException("bad request line '" + abbreviate(line) + "'");
    }
    version(parts[2]);
    return new SipMessage(parts[0], parts[1], 0, null, headers, body);
  }

  private static boolean isStatusCode(String s) {
    return s.length() == 3 && s.charAt(0) >= '1' && s.charAt(0) <= '6' && isAsciiDigit(s.charAt(1))
        && isAsciiDigit(s.charAt(2));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void version(String v) {
    if (v.equalsIgnoreCase("SIP/2.0")) return;
    // RFC 3261 §21.5.6: another version is answered 505, not 400; what is no version at all stays 400
    boolean version = v.length() > 4 && v.regionMatches(true, 0, "SIP/", 0, 4);
    throw new SipParseException("unsupported SIP version '" + abbreviate(v) + "'", version ? 505 : 400);
  }

  static String abbreviate(String s) {
    String t = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(c < 32 || c == 127 ? '?' : c); // fault texts end up in reason phrases: no control characters
    }
    return b.toString();
  }
}
