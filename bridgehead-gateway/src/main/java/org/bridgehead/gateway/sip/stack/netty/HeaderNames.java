package org.bridgehead.gateway.sip.stack.netty;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Header names: compact forms expanded (RFC 3261 §7.3.3 and the extensions' registrations), well-known
 * names spelt canonically, and which headers hold comma-separated lists (§7.3.1).
 */
final class HeaderNames {
  private static final Map<String, String> CANONICAL = new HashMap<>();
  /** The canonical spellings themselves: most names arrive spelt so and need no lower-casing. */
  private static final Map<String, Boolean> CANONICAL_IS_LIST = new HashMap<>();
  private static final Map<Character, String> COMPACT = Map.ofEntries(Map.entry('i', "Call-ID"),
      Map.entry('m', "Contact"), Map.entry('e', "Content-Encoding"), Map.entry('l', "Content-Length"),
      Map.entry('c', "Content-Type"), Map.entry('f', "From"), Map.entry('s', "Subject"), Map.entry('k', "Supported"),
      Map.entry('t', "To"), Map.entry('v', "Via"), Map.entry('o', "Event"), Map.entry('u', "Allow-Events"),
      Map.entry('r', "Refer-To"), Map.entry('b', "Referred-By"), Map.entry('x', "Session-Expires"),
      Map.entry('y', "Identity"), Map.entry('a', "Accept-Contact"), Map.entry('j', "Reject-Contact"),
      Map.entry('d', "Request-Disposition"));

  /** Headers whose values are lists joined by commas; each value becomes one entry. */
  private static final Set<String> LISTS = Set.of("via", "route", "record-route", "contact", "accept", "allow",
      "allow-events", "supported", "require", "proxy-require", "unsupported", "accept-encoding", "accept-language",
      "content-encoding", "in-reply-to", "path", "service-route");

  static {
    for (String n : new String[] {"Via", "Max-Forwards", "From", "To", "Call-ID", "CSeq", "Contact", "Route",
        "Record-Route", "Content-Length", "Content-Type", "Content-Encoding", "Expires", "Min-Expires", "Event",
        "Allow-Events", "Allow", "Accept", "Supported", "Require", "Unsupported", "Subscription-State",
        "Retry-After", "Authorization", "WWW-Authenticate", "Proxy-Authorization", "Proxy-Authenticate",
        "User-Agent", "Server", "Timestamp", "Subject", "SIP-ETag", "SIP-If-Match", "Refer-To", "Referred-By",
        "Session-Expires", "Identity", "Accept-Contact", "Reject-Contact", "Request-Disposition", "Date",
        "Warning", "Proxy-Require", "Accept-Encoding", "Accept-Language", "In-Reply-To", "Path",
        "Service-Route"}) {
      CANONICAL.put(n.toLowerCase(Locale.ROOT), n);
      CANONICAL_IS_LIST.put(n, LISTS.contains(n.toLowerCase(Locale.ROOT)));
    }
  }

  private HeaderNames() {}

  /** The full, canonical name of a header as written on the wire. */
  static String canonical(String wire) {
    if (CANONICAL_IS_LIST.containsKey(wire)) return wire;
    if (wire.length() == 1) {
      String full = COMPACT.get(Character.toLowerCase(wire.charAt(0)));
      if (full != null) return full;
    }
    String known = CANONICAL.get(wire.toLowerCase(Locale.ROOT));
    return known != null ? known : wire;
  }

  static boolean isList(String canonicalName) {
    Boolean known = CANONICAL_IS_LIST.get(canonicalName);
    if (known != null) return known;
    return LISTS.contains(canonicalName.toLowerCase(Locale.ROOT));
  }

  /** RFC 3261 token characters, the only ones allowed in a header name. */
  static boolean isTokenChar(int c) {
    return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
