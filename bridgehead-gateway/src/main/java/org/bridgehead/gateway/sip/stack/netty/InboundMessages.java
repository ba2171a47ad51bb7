package org.bridgehead.gateway.sip.stack.netty;

import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipResponse;

/** Received {@link SipMessage}s to Bridgehead's records, checking what RFC 3261 §8.1.1 requires. */
final class InboundMessages {
  /** A Request-URI that is not sip: or sips:, answered with 416 (RFC 3261 §8.2.2.1). */
  static final class UnsupportedScheme extends RuntimeException {
    UnsupportedScheme(String uri) { super("unsupported URI scheme in '" + SipParser.abbreviate(uri) + "'", null, false, false); }
  }

  private InboundMessages() {}

  static IncomingRequest request(SipMessage m, Hop source, long receivedNanos, IncomingRequest.Responder responder) {
    String uri = m.uri();
    if (!uri.regionMatches(true, 0, "sip:", 0, 4) && !uri.regionMatches(true, 0, "sips:", 0, 5)) {
      throw new UnsupportedScheme(uri);
    }
    long cseq = cseqNumber(m);
    if (!cseqMethod(m).equals(m.method())) throw new SipParseException("CSeq method differs from " + m.method());
    try {
      NameAddr from = NameAddr.parse(required(m, "From"));
      NameAddr to = NameAddr.parse(required(m, "To"));
      String contentType = m.first("Content-Type");
      return new IncomingRequest(m.method(), SipUri.parse(uri), from, to, required(m, "Call-ID"), cseq,
          new SipHeaders(m.headers()), contentType == null ? null : contentType.strip(), m.body(), source,
          receivedNanos, responder);
    } catch (SipParseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SipParseException(e.getMessage() == null ? e.toString() : SipParser.abbreviate(e.getMessage()));
    }
  }

  static SipResponse response(SipMessage m) {
    String to = m.first("To");
    String type = m.first("Content-Type");
    if (type == null && m.body().length > 0) type = "application/octet-stream";
    return new SipResponse(m.status(), m.reason(), new SipHeaders(m.headers()), type == null ? null : type.strip(),
        m.body(), to == null ? null : SipHeaders.param(to, "tag").orElse(null), false);
  }

  static String required(SipMessage m, String name) {
    String v = m.first(name);
    if (v == null || v.isEmpty()) throw new SipParseException("missing " + name + " header");
    return v;
  }

  /** The method of the CSeq header ({@code 4711 MESSAGE}). */
  static String cseqMethod(SipMessage m) {
    String v = required(m, "CSeq").strip();
    int space = v.lastIndexOf(' ');
    if (space < 0) throw new SipParseException("bad CSeq '" + SipParser.abbreviate(v) + "'");
    return v.substring(space + 1);
  }

  static long cseqNumber(SipMessage m) {
    String v = required(m, "CSeq").strip();
    int space = v.indexOf(' ');
    String n = space < 0 ? v : v.substring(0, space);
    if (!SipHeaders.isDigits(n, 10)
        || Long.parseLong(n) >= (1L << 31)) {
      throw new SipParseException("bad CSeq '" + SipParser.abbreviate(v) + "'");
    }
    return Long.parseLong(n);
  }
}
