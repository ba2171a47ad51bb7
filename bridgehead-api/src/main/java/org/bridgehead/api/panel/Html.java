package org.bridgehead.api.panel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Function;

/** HTML text helpers: everything that reaches a page from data goes through {@link #esc}. */
final class Html {
  private Html() {}

  static String esc(Object value) {
    if (value == null) return "";
    String s = value.toString();
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A path segment for a link (a partner domain, a policy identity, a SIP URI). */
  static String seg(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /** A table; {@code cells} returns each row's cells as HTML already escaped. */
  static <T> String table(Collection<String> headers, Collection<T> rows, Function<T, Collection<String>> cells,
      String empty) {
    if (rows.isEmpty()) return "<p class=\"empty\">" + esc(empty) + "</p>";
    StringBuilder b = new StringBuilder("<table><thead><tr>");
    headers.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
    b.append("</tr></thead><tbody>");
    for (T row : rows) {
      b.append("<tr>");
      cells.apply(row).forEach(c -> b.append("<td>").append(c).append("</td>"));
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  static String yesNo(boolean b) { return b ? "yes" : "no"; }
}
