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

  /**
   * Value of a header's parameter, e.g. {@code expires} of a Contact, {@code id} of an Event or
   * {@code branch} of a Via: case-insensitive name, spaces allowed around '=' (RFC 3261 §25.1 EQUAL),
   * "" for a parameter without value, quotes removed.
   */
  public static Optional<String> param(String headerValue, String param) {
    int n = headerValue.length();
    // per message on the I/O thread (the To tag and Via branch of every response): one pass, no split
    for (int i = headerValue.lastIndexOf('>') + 1; i <= n; ) {
      int end = headerValue.indexOf(';', i);
      if (end < 0) end = n;
      int s = skipSpace(headerValue, i, end);
      int eq = headerValue.indexOf('=', s);
      if (eq >= end) eq = -1;
      int nameEnd = trimEnd(headerValue, s, eq < 0 ? end : eq);
      if (nameEnd - s == param.length() && headerValue.regionMatches(true, s, param, 0, param.length())) {
        return Optional.of(eq < 0 ? ""
            : unquote(headerValue.substring(skipSpace(headerValue, eq + 1, end), trimEnd(headerValue, eq + 1, end))));
      }
      i = end + 1;
    }
    return Optional.empty();
  }

  private static int skipSpace(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) from++;
    return from;
  }

  private static int trimEnd(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
    return to;
  }

  /** True for 1 to {@code maxLength} ASCII digits: CSeq, Expires, Max-Forwards, ports, lengths. */
  public static boolean isDigits(String s, int maxLength) {
    if (s.isEmpty() || s.length() > maxLength) return false;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    }
    return true;
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
