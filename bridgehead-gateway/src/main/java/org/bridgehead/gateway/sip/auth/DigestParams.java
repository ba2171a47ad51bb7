package org.bridgehead.gateway.sip.auth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The auth-params of an Authorization / Proxy-Authorization header with the Digest scheme. */
record DigestParams(Map<String, String> values) {
  static Optional<DigestParams> parse(String header) {
    String h = header.strip();
    if (!h.regionMatches(true, 0, "Digest ", 0, 7)) return Optional.empty();
    Map<String, String> map = new LinkedHashMap<>();
    int i = 7;
    int n = h.length();
    while (i < n) {
      while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == ',' || h.charAt(i) == '\t')) i++;
      int eq = h.indexOf('=', i);
      if (eq < 0) break;
      String name = h.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      i = eq + 1;
      String value;
      if (i < n && h.charAt(i) == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < n && h.charAt(i) != '"') {
          if (h.charAt(i) == '\\' && i + 1 < n) i++;
          b.append(h.charAt(i++));
        }
        if (i >= n) return Optional.empty(); // unterminated quoted string
        i++;
        value = b.toString();
      } else {
        int end = h.indexOf(',', i);
        value = h.substring(i, end < 0 ? n : end).strip();
        i = end < 0 ? n : end;
      }
      if (map.putIfAbsent(name, value) != null) return Optional.empty(); // a repeated parameter is malformed
    }
    return Optional.of(new DigestParams(map));
  }

  String get(String name) { return values.get(name); }
}
