package org.bridgehead.gateway.sip.stack.netty;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * Bridgehead's request and response records to {@link SipMessage}s. The records' fields make the
 * structural headers; free-form headers cannot replace them (the same refusals as the JAIN-SIP endpoint).
 */
final class OutgoingMessages {
  /** Requests that create a dialog: their 1xx/2xx responses copy Record-Route (RFC 3261 §12.1.1). */
  private static final Set<String> DIALOG_CREATING = Set.of("INVITE", "SUBSCRIBE", "REFER");

  private OutgoingMessages() {}

  static SipMessage request(SipRequest r, Hop local, String branch) {
    List<Map.Entry<String, String>> h = new ArrayList<>(10 + r.route().size() + r.headers().entries().size());
    h.add(entry("Via", "SIP/2.0/" + local.transport().name() + " " + host(local.address()) + ":" + local.port()
        + ";branch=" + branch + ";rport"));
    h.add(entry("Max-Forwards", Integer.toString(r.maxForwards())));
    h.add(entry("From", r.from().render()));
    h.add(entry("To", r.to().render()));
    h.add(entry("Call-ID", checked("Call-ID", r.callId())));
    h.add(entry("CSeq", r.cseq() + " " + r.method()));
    if (r.contact() != null) h.add(entry("Contact", "<" + r.contact() + ">"));
    for (String route : r.route()) h.add(entry("Route", checked("Route", route)));
    free(r.headers(), h, false);
    return new SipMessage(r.method(), checked("Request-URI", r.requestUri().toString()), 0, null,
        content(h, r.contentType(), r.body()), r.body());
  }

  /**
   * The response to {@code request} (RFC 3261 §8.2.6): Vias (the top one as stamped on receipt), From,
   * To with a tag, Call-ID, CSeq, Record-Route for dialog-creating requests, Timestamp.
   */
  static SipMessage response(SipMessage request, String topVia, SipResponse r) {
    List<Map.Entry<String, String>> h = new ArrayList<>(12 + r.headers().entries().size());
    boolean top = true;
    for (var e : request.headers()) {
      if (e.getKey().equals("Via")) {
        h.add(top ? entry("Via", topVia) : e);
        top = false;
      }
    }
    String to = request.first("To");
    String from = request.first("From");
    // all present unless the request lacks one: its 400 then says so without it
    boolean tagged = to == null || SipHeaders.param(to, "tag").isPresent();
    copy(h, "From", from);
    copy(h, "To", tagged || r.status() == 100 ? to : to + ";tag=" + (r.toTag() != null ? r.toTag() : tag()));
    copy(h, "Call-ID", request.first("Call-ID"));
    copy(h, "CSeq", request.first("CSeq"));
    if (r.status() > 100 && r.status() < 300 && !tagged && DIALOG_CREATING.contains(request.method())) {
      for (var e : request.headers()) if (e.getKey().equals("Record-Route")) h.add(e);
    }
    String timestamp = request.first("Timestamp");
    if (timestamp != null) h.add(entry("Timestamp", timestamp));
    free(r.headers(), h, true);
    String reason = r.reason() != null ? checked("reason phrase", r.reason()) : ReasonPhrases.of(r.status());
    return new SipMessage(null, null, r.status(), reason, content(h, r.contentType(), r.body()), r.body());
  }

  private static void copy(List<Map.Entry<String, String>> h, String name, String value) {
    if (value != null) h.add(entry(name, value));
  }

  private static String tag() { return org.bridgehead.gateway.sip.stack.Ids.tag(); }

  /** Free-form headers, list values one entry each; the ones the fields carry are refused. */
  private static void free(SipHeaders free, List<Map.Entry<String, String>> out, boolean response) {
    for (var e : free.entries()) {
      String name = HeaderNames.canonical(e.getKey());
      String lower = name.toLowerCase(Locale.ROOT);
      SipHeaders.refuseStructural(name, response);
      if (HeaderNames.isList(name) && !lower.equals("contact")) {
        for (String v : e.getValue().split(",")) if (!v.isBlank()) out.add(entry(name, v.strip()));
      } else {
        out.add(entry(name, e.getValue().strip()));
      }
    }
  }

  private static List<Map.Entry<String, String>> content(List<Map.Entry<String, String>> h, String type, byte[] body) {
    if (body.length > 0) h.add(entry("Content-Type", checked("Content-Type", type)));
    h.add(entry("Content-Length", Integer.toString(body.length)));
    return h;
  }

  private static String checked(String what, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '\r' || value.charAt(i) == '\n') throw new IllegalArgumentException("line break in " + what);
    }
    return value;
  }

  static String host(String address) { return address.indexOf(':') >= 0 && !address.startsWith("[") ? "[" + address + "]" : address; }

  static Map.Entry<String, String> entry(String name, String value) { return new SimpleImmutableEntry<>(name, value); }
}
