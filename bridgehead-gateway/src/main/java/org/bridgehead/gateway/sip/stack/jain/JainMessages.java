package org.bridgehead.gateway.sip.stack.jain;

import gov.nist.javax.sip.header.SIPHeader;
import java.text.ParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/** Converts between Bridgehead's SIP records and the stack's message objects. */
final class JainMessages {
  /** Headers the records carry as fields, or the stack writes itself. */
  private static final Set<String> STRUCTURAL = Set.of("via", "max-forwards", "from", "to", "call-id", "cseq",
      "contact", "route", "content-length", "content-type");

  /** Headers whose value is a comma-separated list. */
  private static final Set<String> LISTS = Set.of("accept", "allow", "allow-events", "supported", "require",
      "unsupported", "accept-encoding", "accept-language");

  private final MessageFactory messages;
  private final HeaderFactory headers;

  JainMessages(MessageFactory messages, HeaderFactory headers) {
    this.messages = messages;
    this.headers = headers;
  }

  Request request(SipRequest r, String viaHost, int viaPort) throws ParseException {
    StringBuilder b = new StringBuilder();
    b.append(r.method()).append(' ').append(r.requestUri()).append(" SIP/2.0\r\n");
    b.append("Via: SIP/2.0/").append(r.hop().transport().name()).append(' ').append(viaHost).append(':')
        .append(viaPort).append(";branch=").append(Ids.branch()).append(";rport\r\n");
    b.append("Max-Forwards: 70\r\n");
    b.append("From: ").append(r.from().render()).append("\r\n");
    b.append("To: ").append(r.to().render()).append("\r\n");
    b.append("Call-ID: ").append(r.callId()).append("\r\n");
    b.append("CSeq: ").append(r.cseq()).append(' ').append(r.method()).append("\r\n");
    if (r.contact() != null) b.append("Contact: <").append(r.contact()).append(">\r\n");
    for (String route : r.route()) b.append("Route: ").append(route).append("\r\n");
    for (var h : r.headers().entries()) {
      if (STRUCTURAL.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(h.getKey() + " is set by the request's fields, not as a header");
      }
      b.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    b.append("Content-Length: 0\r\n\r\n");
    Request request = messages.createRequest(b.toString());
    if (r.body().length > 0) request.setContent(r.body(), contentType(r.contentType()));
    return request;
  }

  Response response(Request request, SipResponse r) throws ParseException {
    Response response = messages.createResponse(r.status(), request);
    if (r.reason() != null) response.setReasonPhrase(r.reason());
    ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
    if (r.status() > 100 && to.getTag() == null) to.setTag(r.toTag() != null ? r.toTag() : Ids.tag());
    for (var h : r.headers().entries()) {
      if (STRUCTURAL.contains(h.getKey().toLowerCase(java.util.Locale.ROOT)) && !h.getKey().equalsIgnoreCase("contact")) {
        throw new IllegalArgumentException(h.getKey() + " cannot be set on a response");
      }
      if (LISTS.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
        // the stack parses these one value per header object
        for (String v : h.getValue().split(",")) response.addHeader(headers.createHeader(h.getKey(), v.strip()));
      } else {
        response.addHeader(headers.createHeader(h.getKey(), h.getValue()));
      }
    }
    if (r.body().length > 0) response.setContent(r.body(), contentType(r.contentType()));
    return response;
  }

  SipResponse response(Response r) {
    ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
    byte[] body = body(r);
    String type = contentType(r);
    if (type == null && body.length > 0) type = "application/octet-stream";
    return new SipResponse(r.getStatusCode(), r.getReasonPhrase(), headers(r), type, body,
        to == null ? null : to.getTag(), false);
  }

  static SipHeaders headers(Message m) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (ListIterator<String> names = m.getHeaderNames(); names.hasNext(); ) {
      String name = names.next();
      for (Iterator<?> it = m.getHeaders(name); it.hasNext(); ) {
        Header h = (Header) it.next();
        String value = h instanceof SIPHeader sh ? sh.getHeaderValue() : h.toString().substring(name.length() + 1);
        list.add(new AbstractMap.SimpleImmutableEntry<>(name, value.strip()));
      }
    }
    return new SipHeaders(list);
  }

  static String contentType(Message m) {
    ContentTypeHeader ct = (ContentTypeHeader) m.getHeader(ContentTypeHeader.NAME);
    return ct == null ? null : ((SIPHeader) ct).getHeaderValue().strip();
  }

  static byte[] body(Message m) {
    byte[] raw = m.getRawContent();
    return raw == null ? new byte[0] : raw;
  }

  private ContentTypeHeader contentType(String value) throws ParseException {
    return (ContentTypeHeader) headers.createHeader(ContentTypeHeader.NAME, value);
  }
}
