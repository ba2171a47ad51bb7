package org.bridgehead.gateway.translate.message;

import java.util.Arrays;
import java.util.Objects;
import org.bridgehead.gateway.address.SipUri;

/**
 * The parts of a SIP MESSAGE request (RFC 3428) that carry meaning across the gateway; what the SIP
 * stack adapter reads from and writes to a real request.
 *
 * @param callId the Call-ID, or null when the stack should make a fresh one
 * @param contentType the Content-Type header value, charset included
 * @param subject the Subject header, or null
 * @param contentLanguage the Content-Language header (a language tag), or null
 * @param inReplyTo the In-Reply-To header (Call-IDs of RFC 3261 §20.21), or null
 */
public record SipMessageRequest(SipUri from, SipUri to, String callId, ContentType contentType, byte[] body,
    String subject, String contentLanguage, String inReplyTo) {
  public SipMessageRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(contentType, "contentType");
    body = Objects.requireNonNull(body, "body").clone();
  }

  /** A copy of the body bytes. */
  @Override
  public byte[] body() { return body.clone(); }

  public int bodyLength() { return body.length; }

  @Override
  public boolean equals(Object o) {
    return o instanceof SipMessageRequest r && from.equals(r.from) && to.equals(r.to) && Objects.equals(callId, r.callId)
        && contentType.equals(r.contentType) && Arrays.equals(body, r.body) && Objects.equals(subject, r.subject)
        && Objects.equals(contentLanguage, r.contentLanguage) && Objects.equals(inReplyTo, r.inReplyTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, callId, contentType, Arrays.hashCode(body), subject, contentLanguage, inReplyTo);
  }

  @Override
  public String toString() {
    // The body is left out: message text must not reach logs unless LogMessageBodies says so.
    return "SipMessageRequest[from=" + from + ", to=" + to + ", callId=" + callId + ", contentType=" + contentType
        + ", body=" + body.length + " bytes, subject=" + subject + ", contentLanguage=" + contentLanguage
        + ", inReplyTo=" + inReplyTo + "]";
  }
}
