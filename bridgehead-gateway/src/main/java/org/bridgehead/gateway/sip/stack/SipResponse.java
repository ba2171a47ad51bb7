package org.bridgehead.gateway.sip.stack;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A SIP response, received or to send. {@code toTag} is the tag the responder put on To (a server
 * sets one for dialog-creating requests; the endpoint adds one when none is given).
 *
 * @param local true when the stack made this response up (timeout = 408, transport failure = 503)
 */
public record SipResponse(int status, String reason, SipHeaders headers, String contentType, byte[] body,
    String toTag, boolean local) {
  public SipResponse {
    if (status < 100 || status > 699) throw new IllegalArgumentException("SIP status out of range: " + status);
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body;
    if (body.length > 0 && contentType == null) throw new IllegalArgumentException("a body needs a content type");
  }

  public static SipResponse of(int status, String reason) {
    return new SipResponse(status, reason, SipHeaders.empty(), null, null, null, false);
  }

  public static SipResponse of(int status, String reason, SipHeaders headers) {
    return new SipResponse(status, reason, headers, null, null, null, false);
  }

  public SipResponse withBody(String type, byte[] content) {
    return new SipResponse(status, reason, headers, type, content, toTag, local);
  }

  public SipResponse withToTag(String tag) {
    return new SipResponse(status, reason, headers, contentType, body, tag, local);
  }

  public SipResponse withHeader(String name, String value) {
    return new SipResponse(status, reason, headers.with(name, value), contentType, body, toTag, local);
  }

  public boolean isSuccess() { return status >= 200 && status < 300; }

  public String bodyText() { return new String(body, StandardCharsets.UTF_8); }

  @Override
  public String toString() { return status + " " + reason + (local ? " (local)" : ""); }
}
