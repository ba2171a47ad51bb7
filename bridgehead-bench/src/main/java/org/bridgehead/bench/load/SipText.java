package org.bridgehead.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Just enough RFC 3261 text handling for {@link SipSink}: the method, the headers a 200 copies, the body,
 * and the transaction (top Via branch + method, §17.2.3) so a retransmission is answered but not counted.
 */
record SipText(String method, List<String> copied, String toHeader, String body, String transaction) {
  /** Compact forms (RFC 3261 §7.3.3) mapped to the names a response copies. */
  private static String canonical(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "v", "via" -> "Via";
      case "f", "from" -> "From";
      case "t", "to" -> "To";
      case "i", "call-id" -> "Call-ID";
      case "cseq" -> "CSeq";
      default -> null;
    };
  }

  static SipText parse(String text) {
    int split = text.indexOf("\r\n\r\n");
    String head = split < 0 ? text : text.substring(0, split);
    String body = split < 0 ? "" : text.substring(split + 4);
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    if (requestLine.length != 3 || !requestLine[2].startsWith("SIP/2.0")) {
      throw new IllegalArgumentException("not a SIP request: " + lines[0]);
    }
    List<String> copied = new ArrayList<>();
    String to = null;
    String branch = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) continue;
      String name = canonical(lines[i].substring(0, colon).trim());
      String value = lines[i].substring(colon + 1).trim();
      if ("To".equals(name)) to = value;
      else if (name != null) copied.add(name + ": " + value);
      if ("Via".equals(name) && branch == null) branch = param(value, "branch");
    }
    if (to == null) throw new IllegalArgumentException("SIP request without To: " + lines[0]);
    if (branch == null) throw new IllegalArgumentException("SIP request without a Via branch: " + lines[0]);
    return new SipText(requestLine[0], copied, to, body, branch + " " + requestLine[0]);
  }

  private static String param(String via, String name) {
    for (String part : via.split(",")[0].split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(name)) return part.substring(eq + 1).trim();
    }
    return null;
  }

  /** A 200 OK for this request, with a To tag added when the request had none. */
  String okResponse() {
    StringBuilder sb = new StringBuilder("SIP/2.0 200 OK\r\n");
    copied.forEach(h -> sb.append(h).append("\r\n"));
    sb.append("To: ").append(toHeader).append(toHeader.contains(";tag=") ? "" : ";tag=bench").append("\r\n");
    return sb.append("Content-Length: 0\r\n\r\n").toString();
  }
}
