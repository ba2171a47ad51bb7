package org.bridgehead.gateway.address;

import java.util.Map;

/**
 * JID escaping (XEP-0106 §4): the ten characters a localpart cannot hold, each written as a backslash and
 * two lower-case hex digits. A backslash is itself escaped only where it would otherwise start one of
 * these sequences (§4.2), so {@code a\b} stays {@code a\b}; unescaping turns back only the ten sequences.
 */
public final class Xep0106 {
  /** XEP-0106 §3 table: character → escape sequence, in the XEP's order. */
  public static final Map<Character, String> ESCAPES = Map.of(
      ' ', "\\20", '"', "\\22", '&', "\\26", '\'', "\\27", '/', "\\2f",
      ':', "\\3a", '<', "\\3c", '>', "\\3e", '@', "\\40", '\\', "\\5c");

  private Xep0106() {}

  /** Escapes an unescaped local part; refuses a leading or trailing space (XEP-0106 §4.2). */
  public static String escape(String unescaped) {
    if (unescaped.isEmpty()) throw new AddressMappingException("empty local part");
    if (unescaped.charAt(0) == ' ' || unescaped.charAt(unescaped.length() - 1) == ' ') {
      throw new AddressMappingException("a local part cannot begin or end with a space (XEP-0106 §4.2): '" + unescaped + "'");
    }
    StringBuilder b = new StringBuilder(unescaped.length() + 8);
    for (int i = 0; i < unescaped.length(); i++) {
      char c = unescaped.charAt(i);
      if (c == '\\' && !startsSequence(unescaped, i)) b.append(c);
      else if (ESCAPES.containsKey(c)) b.append(ESCAPES.get(c));
      else b.append(c);
    }
    return b.toString();
  }

  /** Turns the ten escape sequences back into their characters; any other backslash stays as it is. */
  public static String unescape(String escaped) {
    StringBuilder b = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      Character original = c == '\\' ? characterAt(escaped, i) : null;
      if (original == null) {
        b.append(c);
      } else {
        b.append(original.charValue());
        i += 2;
      }
    }
    return b.toString();
  }

  private static boolean startsSequence(String s, int i) {
    return characterAt(s, i) != null;
  }

  /** The character escaped by a sequence starting at {@code i}, or null when there is none. */
  private static Character characterAt(String s, int i) {
    if (i + 3 > s.length()) return null;
    String seq = s.substring(i, i + 3);
    for (Map.Entry<Character, String> e : ESCAPES.entrySet()) {
      if (e.getValue().equalsIgnoreCase(seq)) return e.getKey();
    }
    return null;
  }
}
