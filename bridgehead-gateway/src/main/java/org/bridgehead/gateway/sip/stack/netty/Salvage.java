package org.bridgehead.gateway.sip.stack.netty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What can be read of a request that does not parse: the headers a response copies (RFC 3261 §8.2.6),
 * read leniently, so that the sender hears why it was refused rather than retransmitting.
 */
final class Salvage {
  private static final Set<String> COPIED = Set.of("Via", "From", "To", "Call-ID", "CSeq");

  private Salvage() {}

  /** The request's copied headers with its method, or null when it is a response, an ACK or has no Via. */
  static SipMessage request(byte[] bytes) {
    int start = SipParser.skipLineBreaks(bytes, 0, bytes.length);
    int end = SipParser.headerEnd(bytes, start, bytes.length);
    String head = new String(bytes, start, (end < 0 ? bytes.length : end) - start, StandardCharsets.UTF_8);
    String[] lines = head.split("\r?\n");
    int space = lines[0].indexOf(' ');
    if (space <= 0 || lines[0].regionMatches(true, 0, "SIP/", 0, 4)) return null;
    String method = lines[0].substring(0, space);
    if (method.equals("ACK")) return null; // never answered
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) continue;
      String name = HeaderNames.canonical(lines[i].substring(0, colon).strip());
      if (!COPIED.contains(name)) continue;
      String value = lines[i].substring(colon + 1).strip();
      if (name.equals("Via")) {
        List<String> vias = new ArrayList<>();
        try {
          HeaderValues.split(value, vias);
        } catch (SipParseException e) {
          continue;
        }
        vias.forEach(v -> headers.add(OutgoingMessages.entry(name, v)));
      } else {
        headers.add(OutgoingMessages.entry(name, value));
      }
    }
    SipMessage m = new SipMessage(method, "", 0, null, headers, SipParser.EMPTY);
    return m.first("Via") == null || m.first("To") == null ? null : m;
  }
}
