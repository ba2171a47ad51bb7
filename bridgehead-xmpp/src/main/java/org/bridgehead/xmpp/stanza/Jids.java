package org.bridgehead.xmpp.stanza;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Parses JIDs (RFC 7622) into jxmpp's typed JIDs, normalising the domainpart to lower-case ASCII
 * (IDNA A-labels) so that it compares equal to what DNS, certificates and configuration use.
 */
public final class Jids {
  /** RFC 7622 §3: each part is at most 1023 bytes. */
  public static final int MAX_PART_BYTES = 1023;
  private static final int MAX_LABEL_LENGTH = 63;
  /**
   * Every stanza's 'from' and 'to' are parsed on the edge's event loops, and the same few addresses
   * repeat: each thread keeps the JIDs it parsed last (JIDs are immutable), up to this many.
   */
  private static final int RECENT = 512;
  private static final ThreadLocal<java.util.Map<String, Jid>> RECENTLY_PARSED =
      ThreadLocal.withInitial(() -> new java.util.HashMap<>(RECENT * 2));

  private Jids() {}

  /** Parses and normalises {@code s}; throws {@link IllegalArgumentException} saying what is wrong. */
  public static Jid parse(String s) {
    if (s == null || s.isEmpty()) throw new IllegalArgumentException("empty JID");
    java.util.Map<String, Jid> recent = RECENTLY_PARSED.get();
    Jid known = recent.get(s);
    if (known != null) return known;
    Jid parsed = parseUncached(s);
    if (recent.size() >= RECENT) recent.clear();
    recent.put(s, parsed);
    return parsed;
  }

  private static Jid parseUncached(String s) {
    // RFC 7622 §3.1: the resource starts at the first '/', the localpart ends at the first '@' before it.
    int slash = s.indexOf('/');
    String bare = slash < 0 ? s : s.substring(0, slash);
    String resource = slash < 0 ? null : s.substring(slash + 1);
    int at = bare.indexOf('@');
    String local = at < 0 ? null : bare.substring(0, at);
    String domain = normaliseDomain(at < 0 ? bare : bare.substring(at + 1));
    checkPart("localpart", local);
    checkPart("resourcepart", resource);
    String normalised = (local == null ? "" : local + '@') + domain + (resource == null ? "" : '/' + resource);
    try {
      return JidCreate.from(normalised);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed JID: " + e.getMessage(), e);
    }
  }

  public static Optional<Jid> tryParse(String s) {
    try {
      return Optional.of(parse(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Parses a bare domain such as a stream header's {@code to}; a local or resource part is an error. */
  public static DomainBareJid parseDomain(String s) {
    Jid jid = parse(s);
    if (!jid.isDomainBareJid()) throw new IllegalArgumentException("not a domain: " + s);
    return jid.asDomainBareJid();
  }

  /**
   * The domainpart of an already parsed JID in A-labels, lower case, as DNS names and SIP hosts need it:
   * {@link #parseDomain} without building a JID again (called per translated message).
   */
  public static String asciiDomain(Jid jid) {
    return normaliseDomain(jid.getDomain().toString());
  }

  public static DomainBareJid domainOf(Jid jid) {
    return jid.asDomainBareJid();
  }

  private static String normaliseDomain(String domain) {
    // RFC 7622 §3.2: a trailing dot is not part of the domain.
    String d = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    if (d.isEmpty()) throw new IllegalArgumentException("empty domainpart");
    if (d.startsWith("[")) return d.toLowerCase(Locale.ROOT); // IPv6 literal: no IDNA
    // nearly every domain on the wire is already LDH ASCII: IDNA would return it lower-cased, so skip
    // its allocations (it was the largest allocation site per routed message)
    if (isLdhAscii(d)) return d.toLowerCase(Locale.ROOT);
    String ascii;
    try {
      ascii = IDN.toASCII(d, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid domainpart: " + e.getMessage(), e);
    }
    ascii = ascii.toLowerCase(Locale.ROOT);
    if (ascii.length() > MAX_PART_BYTES) throw new IllegalArgumentException("domainpart too long");
    for (String label : ascii.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
        throw new IllegalArgumentException("bad domain label in " + domain);
      }
    }
    return ascii;
  }

  /**
   * True when {@code d} is letters, digits, hyphens and dots only, in labels of 1-63 characters that
   * neither start nor end with a hyphen (what IDNA with STD3 rules accepts unchanged but for case).
   */
  static boolean isLdhAscii(String d) {
    if (d.length() > MAX_PART_BYTES) return false;
    int labelStart = 0;
    for (int i = 0; i <= d.length(); i++) {
      char c = i < d.length() ? d.charAt(i) : '.';
      if (c == '.') {
        int len = i - labelStart;
        if (len == 0 || len > MAX_LABEL_LENGTH || d.charAt(labelStart) == '-' || d.charAt(i - 1) == '-') return false;
        labelStart = i + 1;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static void checkPart(String what, String part) {
    if (part == null) return;
    if (part.isEmpty()) throw new IllegalArgumentException("empty " + what);
    if (part.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES) throw new IllegalArgumentException(what + " too long");
  }
}
