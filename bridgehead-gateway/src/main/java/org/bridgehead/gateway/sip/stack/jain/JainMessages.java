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
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/** Converts between Bridgehead's SIP records and the stack's message objects. */
final class JainMessages {

  /** Headers whose value is a comma-separated list. */
  private static final Set<String> LISTS = Set.of("accept", "allow", "allow-events", "supported", "require",
      "unsupported", "accept-encoding", "accept-language");

  private final MessageFactory messages;
  private final HeaderFactory headers;
  private final AddressFactory addresses;

  JainMessages(MessageFactory messages, HeaderFactory headers, AddressFactory addresses) {
    this.messages = messages;
    this.headers = headers;
    this.addresses = addresses;
  }

  /**
   * Builds the request from header objects: no SIP text is rendered and parsed back (only the URIs and
   * free-form header values are parsed), which was the largest CPU cost of an outgoing MESSAGE.
   */
  Request request(SipRequest r, String viaHost, int viaPort) throws ParseException {
    try {
      ViaHeader via = headers.createViaHeader(viaHost, viaPort, r.hop().transport().name(), Ids.branch());
      via.setRPort();
      Request request = messages.createRequest(addresses.createURI(r.requestUri().toString()), r.method(),
          headers.createCallIdHeader(r.callId()), headers.createCSeqHeader(r.cseq(), r.method()),
          headers.createFromHeader(address(r.from()), r.from().tag()),
          headers.createToHeader(address(r.to()), r.to().tag()), List.of(via), headers.createMaxForwardsHeader(r.maxForwards()));
      if (r.contact() != null) {
        request.addHeader(headers.createContactHeader(addresses.createAddress(addresses.createURI(r.contact().toString()))));
      }
      for (String route : r.route()) request.addHeader(headers.createHeader("Route", route));
      addHeaders(request, r.headers());
      if (r.body().length > 0) request.setContent(r.body(), contentType(r.contentType()));
      return request;
    } catch (InvalidArgumentException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private Address address(NameAddr a) throws ParseException {
    Address address = addresses.createAddress(addresses.createURI(a.uri().toString()));
    // the stack writes the display name between quotes as given
    if (a.displayName() != null && !a.displayName().isBlank()) address.setDisplayName(a.escapedDisplayName());
    return address;
  }

  /** Free-form headers, one header object per list value; the ones the fields carry are refused. */
  private void addHeaders(Message m, SipHeaders free) throws ParseException {
    for (var h : free.entries()) {
      String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
      SipHeaders.refuseStructural(h.getKey(), m instanceof Response);
      if (LISTS.contains(name)) {
        // the stack parses these one value per header object
        for (String v : h.getValue().split(",")) m.addHeader(headers.createHeader(h.getKey(), v.strip()));
      } else {
        m.addHeader(headers.createHeader(h.getKey(), h.getValue()));
      }
    }
  }

  Response response(Request request, SipResponse r) throws ParseException {
    Response response = messages.createResponse(r.status(), request);
    if (r.reason() != null) response.setReasonPhrase(r.reason());
    ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
    if (r.status() > 100 && to.getTag() == null) to.setTag(r.toTag() != null ? r.toTag() : Ids.tag());
    addHeaders(response, r.headers());
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
