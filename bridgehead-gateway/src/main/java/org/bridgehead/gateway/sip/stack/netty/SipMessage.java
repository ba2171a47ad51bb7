package org.bridgehead.gateway.sip.stack.netty;

import java.util.List;
import java.util.Map;

/**
 * One SIP message as the codec sees it (RFC 3261 §7): a request line or a status line, header fields in
 * order with one entry per value (full names, comma lists split), and the body. No meaning is attached.
 *
 * @param method the request method, or null for a response
 * @param uri the Request-URI text, or null for a response
 * @param status the status code of a response, 0 for a request
 * @param reason the reason phrase of a response, or null
 */
record SipMessage(String method, String uri, int status, String reason, List<Map.Entry<String, String>> headers,
    byte[] body) {
  boolean isRequest() { return method != null; }

  /** The first value of a header (name compared case-insensitively), or null. */
  String first(String name) {
    for (var h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
    }
    return null;
  }

  /** Index of the first entry of a header, or -1. */
  int indexOf(String name) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).getKey().equalsIgnoreCase(name)) return i;
    }
    return -1;
  }

  @Override
  public String toString() {
    return isRequest() ? method + " " + uri : status + " " + reason;
  }
}
