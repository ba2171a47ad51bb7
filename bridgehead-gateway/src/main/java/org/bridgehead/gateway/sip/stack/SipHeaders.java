package org.bridgehead.gateway.sip.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Header fields in order, names compared case-insensitively. Values are single entries: a header line
 * with several comma-separated values arrives as several entries, which is how the stack hands them
 * over.
 */
public record SipHeaders(List<Map.Entry<String, String>> entries) {
  /** Headers the records carry as fields, or an endpoint writes itself. */
  private static final java.util.Set<String> STRUCTURAL = java.util.Set.of("via", "max-forwards", "from", "to",
      "call-id", "cseq", "contact", "route", "content-length", "content-type");

  public SipHeaders {
    entries = List.copyOf(entries);
    for (var e : entries) {
      if (!isName(e.getKey())) {
        throw new IllegalArgumentException("bad SIP header name '" + e.getKey() + "'");
      }
      if (e.getValue().indexOf('\r') >= 0 || e.getValue().indexOf('\n') >= 0) {
        throw new IllegalArgumentException("line break in SIP header " + e.getKey());
      }
    }
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) return false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c == ':') return false;
    }
    return true;
  }

  /**
   * Refuses, as every endpoint must, a free-form header that a record's field makes or the endpoint
   * writes itself (a response may carry Contact).
   *
   * @param name the header's full name
   */
  public static void refuseStructural(String name, boolean response) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (STRUCTURAL.contains(lower) && !(response && lower.equals("contact"))) {
      throw new IllegalArgumentException(name + " is set by the " + (response ? "stack on a response" : "request's fields")
          + ", not as a header");
    }
  }

  public static SipHeaders empty() { return new SipHeaders(List.of()); }

  public static SipHeaders of(String... nameValues) {
    if (nameValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) list.add(Map.entry(nameValues[i], nameValues[i + 1]));
    return new SipHeaders(list);
  }

  public Optional<String> first(String name) {
    return entries.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
  }

  public List<String> all(String name) {
    return entries.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
  }

  public SipHeaders with(String name, String value) {
    List<Map.Entry<String, String>> list = new ArrayList<>(entries);
    list.add(Map.entry(name, value));
    return new SipHeaders(list);
  }

  /** Value of a header's parameter, e.g. {@code expires} of a Contact or {@code id} of an Event. */
  public static Optional<String> param(String headerValue, String param) {
    int n = headerValue.length();
    int k = param.length();
    // per message on the I/O thread (the To tag of every response): one pass, no split or lower-casing
    for (int i = headerValue.lastIndexOf('>') + 1; i <= n; ) {
      int end = headerValue.indexOf(';', i);
      if (end < 0) end = n;
      int s = i;
      int e = end;
      while (s < e && Character.isWhitespace(headerValue.charAt(s))) s++;
      while (e > s && Character.isWhitespace(headerValue.charAt(e - 1))) e--;
      if (e - s > k && headerValue.regionMatches(true, s, param, 0, k) && headerValue.charAt(s + k) == '=') {
        return Optional.of(unquote(headerValue.substring(s + k + 1, e)));
      }
      if (e - s == k && headerValue.regionMatches(true, s, param, 0, k)) return Optional.of("");
      i = end + 1;
    }
    return Optional.empty();
  }

  /** The value before any parameter: {@code presence} of {@code presence;id=1}. */
  public static String token(String headerValue) {
    int semi = headerValue.indexOf(';');
    return (semi < 0 ? headerValue : headerValue.substring(0, semi)).strip();
  }

  static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
