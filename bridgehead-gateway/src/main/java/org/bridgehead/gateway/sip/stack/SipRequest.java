package org.bridgehead.gateway.sip.stack;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.bridgehead.gateway.address.SipUri;

/**
 * A request to send. The endpoint adds Via and Content-Length; everything that makes the request
 * what it is comes from here.
 *
 * @param hop where to send it (a numeric address: the SIP side never resolves names)
 * @param contact the Contact URI, or null for requests that carry none (MESSAGE, PUBLISH)
 * @param route Route header values (a dialog's route set), in order
 * @param maxForwards the Max-Forwards value: {@link #MAX_FORWARDS} for a request we originate, one less
 *     than the received one for a request we relay (RFC 3261 §16.6 step 3), so a loop ends
 */
public record SipRequest(String method, SipUri requestUri, NameAddr from, NameAddr to, String callId, long cseq,
    SipUri contact, java.util.List<String> route, SipHeaders headers, String contentType, byte[] body, Hop hop,
    int maxForwards) {
  /** RFC 3261 §8.1.1.6: the recommended initial value. */
  public static final int MAX_FORWARDS = 70;

  /** A request that starts here, with Max-Forwards {@value #MAX_FORWARDS}. */
  public SipRequest(String method, SipUri requestUri, NameAddr from, NameAddr to, String callId, long cseq,
      SipUri contact, java.util.List<String> route, SipHeaders headers, String contentType, byte[] body, Hop hop) {
    this(method, requestUri, from, to, callId, cseq, contact, route, headers, contentType, body, hop, MAX_FORWARDS);
  }

  public SipRequest {
    if (maxForwards < 0 || maxForwards > 255) throw new IllegalArgumentException("Max-Forwards out of range: " + maxForwards);
    Objects.requireNonNull(method, "method");
    method = method.toUpperCase(Locale.ROOT);
    if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) throw new IllegalArgumentException("bad SIP method " + method);
    Objects.requireNonNull(requestUri, "requestUri");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.tag() == null) throw new IllegalArgumentException("a request's From needs a tag");
    Objects.requireNonNull(callId, "callId");
    if (cseq < 1 || cseq >= (1L << 31)) throw new IllegalArgumentException("CSeq out of range: " + cseq);
    route = route == null ? java.util.List.of() : java.util.List.copyOf(route);
    headers = headers == null ? SipHeaders.empty() : headers;
    body = body == null ? new byte[0] : body;
    if (body.length > 0 && contentType == null) throw new IllegalArgumentException("a body needs a content type");
    Objects.requireNonNull(hop, "hop");
  }

  /** An out-of-dialog request with fresh tag and Call-ID. */
  public static SipRequest outOfDialog(String method, SipUri target, NameAddr from, NameAddr to, Hop hop) {
    return new SipRequest(method, target, from.withTag(Ids.tag()), to.withTag(null), Ids.callId(), 1, null,
        null, null, null, null, hop);
  }

  public SipRequest withBody(String type, byte[] content) {
    return new SipRequest(method, requestUri, from, to, callId, cseq, contact, route, headers, type, content, hop,
        maxForwards);
  }

  public SipRequest withHeader(String name, String value) {
    return new SipRequest(method, requestUri, from, to, callId, cseq, contact, route, headers.with(name, value),
        contentType, body, hop, maxForwards);
  }

  public SipRequest withContact(SipUri uri) {
    return new SipRequest(method, requestUri, from, to, callId, cseq, uri, route, headers, contentType, body, hop,
        maxForwards);
  }

  public SipRequest withMaxForwards(int value) {
    return new SipRequest(method, requestUri, from, to, callId, cseq, contact, route, headers, contentType, body, hop,
        value);
  }

  public String bodyText() { return new String(body, StandardCharsets.UTF_8); }
}
