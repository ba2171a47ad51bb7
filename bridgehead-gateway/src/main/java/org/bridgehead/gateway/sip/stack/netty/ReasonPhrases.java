package org.bridgehead.gateway.sip.stack.netty;

import java.util.Map;

/** Default reason phrases (RFC 3261 §21) for responses built without one. */
final class ReasonPhrases {
  private static final Map<Integer, String> PHRASES = Map.ofEntries(Map.entry(100, "Trying"),
      Map.entry(180, "Ringing"), Map.entry(200, "OK"), Map.entry(202, "Accepted"), Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"), Map.entry(407, "Proxy Authentication Required"),
      Map.entry(408, "Request Timeout"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(416, "Unsupported URI Scheme"), Map.entry(423, "Interval Too Brief"),
      Map.entry(480, "Temporarily Unavailable"), Map.entry(481, "Call/Transaction Does Not Exist"),
      Map.entry(489, "Bad Event"), Map.entry(500, "Server Internal Error"), Map.entry(501, "Not Implemented"),
      Map.entry(503, "Service Unavailable"), Map.entry(505, "Version Not Supported"));

  private ReasonPhrases() {}

  static String of(int status) {
    String p = PHRASES.get(status);
    return p != null ? p : status < 200 ? "Session Progress" : status < 300 ? "OK" : "Error";
  }
}
