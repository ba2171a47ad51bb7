package org.bridgehead.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bridgehead.gateway.sip.stack.SipHeaders;

/**
 * Just enough RFC 3261 text handling for {@link SipSink}: the method, the headers a 200 copies, the body,
 * and the transaction (top Via branch + method, §17.2.3) so a retransmission is answered but not counted.
 */
record SipText(String method, List<String> copied, String toHeader, String body, String transaction) {
  /** Compact forms (RFC 3261 §7.3.3) mapped to the names a response copies. */
  private static String canonical(String name) {
    if (name.length() > 7) return null; // the longest wanted is Call-ID
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "v", "via" -> "Via";
      case "f", "from" -> "From";
      case "t", "to" -> "To";
      case "i", "call-id" -> "Call-ID";
      case "cseq" -> "CSeq";
      default -> null;
    };
  }

  /** One pass with {@code indexOf}, no regex and no line array: the sink shares the cores with the server it measures. */
  static SipText parse(String text) {
    int split = text.indexOf("\r\n\r\n");
    int headEnd = split < 0 ? text.length() : split;
    String body = split < 0 ? "" : text.substring(split + 4);
    int lineEnd = text.indexOf("\r\n");
    if (lineEnd < 0 || lineEnd > headEnd) lineEnd = headEnd;
    String first = text.substring(0, lineEnd);
    int sp1 = first.indexOf(' ');
    int sp2 = sp1 < 0 ? -1 : first.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || first.indexOf(' ', sp2 + 1) >= 0 || !first.startsWith("SIP/2.0", sp2 + 1)) {
      throw new IllegalArgumentException("not a SIP request: " + first);
    }
    List<String> copied = new ArrayList<>(6);
    String to = null;
    String branch = null;
    for (int start = lineEnd + 2; start < headEnd; start = lineEnd + 2) {
      lineEnd = text.indexOf("\r\n", start);
      if (lineEnd < 0 || lineEnd > headEnd) lineEnd = headEnd;
      int colon = text.indexOf(':', start);
      if (colon <= start || colon >= lineEnd) continue;
      String name = canonical(text.substring(start, colon).trim());
      if (name == null) continue;
      String value = text.substring(colon + 1, lineEnd).trim();
      if (name.equals("To")) {
        to = value;
        continue;
      }
      copied.add(name + ": " + value);
      if (name.equals("Via") && branch == null) branch = param(value, "branch");
    }
    if (to == null) throw new IllegalArgumentException("SIP request without To: " + first);
    if (branch == null) throw new IllegalArgumentException("SIP request without a Via branch: " + first);
    String method = first.substring(0, sp1);
    return new SipText(method, copied, to, body, branch + " " + method);
  }

  /** The named parameter of the first Via value (a header may carry several, comma-separated), or null. */
  private static String param(String via, String name) {
    int comma = via.indexOf(',');
    return SipHeaders.param(comma < 0 ? via : via.substring(0, comma), name).orElse(null);
  }

  /** A 200 OK for this request, with a To tag added when the request had none. */
  String okResponse() {
    StringBuilder sb = new StringBuilder("SIP/2.0 200 OK\r\n");
    copied.forEach(h -> sb.append(h).append("\r\n"));
    sb.append("To: ").append(toHeader).append(toHeader.contains(";tag=") ? "" : ";tag=bench").append("\r\n");
    return sb.append("Content-Length: 0\r\n\r\n").toString();
  }
}
