package org.bridgehead.gateway.sip.stack.netty;

import java.util.List;

/** Splitting of list header values at commas that are not inside quotes or {@code <...>}. */
final class HeaderValues {
  private HeaderValues() {}

  /** Adds each non-empty comma-separated value of {@code value} to {@code out}, stripped. */
  static void split(String value, List<String> out) {
    boolean quoted = false;
    boolean angle = false;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted) {
        if (c == '\\') i++;
        else if (c == '"') quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == '<') {
        angle = true;
      } else if (c == '>') {
        angle = false;
      } else if (c == ',' && !angle) {
        add(value.substring(start, i), out);
        start = i + 1;
      }
    }
    if (quoted) throw new SipParseException("unterminated quoted string in '" + value + "'");
    if (angle) throw new SipParseException("unterminated <...> in '" + value + "'");
    add(value.substring(start), out);
  }

  private static void add(String part, List<String> out) {
    String v = part.strip();
    if (!v.isEmpty()) out.add(v);
  }
}
