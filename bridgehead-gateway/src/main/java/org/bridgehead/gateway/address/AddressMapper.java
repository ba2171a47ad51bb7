package org.bridgehead.gateway.address;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bridgehead.xmpp.stanza.Jids;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.EntityJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Address mapping of RFC 7247 §6: a SIP address of record ↔ an XMPP bare JID, a SIP GRUU ↔ an XMPP
 * full JID. The SIP user part (held percent-decoded by {@link SipUri}) becomes the localpart with the
 * characters XMPP forbids escaped per XEP-0106, and back; the host becomes the domainpart, through an
 * optional one-to-one table for deployments whose SIP and XMPP domains differ; the GRUU's {@code gr}
 * parameter (RFC 5627) carries the resourcepart, percent-encoded. What cannot be mapped is refused with
 * an {@link AddressMappingException} saying why, never guessed.
 */
public final class AddressMapper {
  /** RFC 3261 param-unreserved and unreserved characters: what a {@code gr} value may hold unescaped. */
  private static final String PARAM_SAFE = "[]/:&+$-_.!~*'()";

  private final Map<String, String> sipToXmpp;
  private final Map<String, String> xmppToSip;

  /** Same domain on both sides, the usual case (Lync: the SIP domain is the XMPP domain). */
  public AddressMapper() {
    this(Map.of());
  }

  /** @param sipToXmppDomains SIP host → XMPP domain where they differ; must be one-to-one */
  public AddressMapper(Map<String, String> sipToXmppDomains) {
    Map<String, String> forward = new HashMap<>();
    Map<String, String> reverse = new HashMap<>();
    sipToXmppDomains.forEach((sip, xmpp) -> {
      String s = sip.toLowerCase(Locale.ROOT);
      String x = Jids.parseDomain(xmpp).toString();
      if (forward.put(s, x) != null || reverse.put(x, s) != null) {
        throw new IllegalArgumentException("domain table is not one-to-one at " + sip + " → " + xmpp);
      }
    });
    this.sipToXmpp = Map.copyOf(forward);
    this.xmppToSip = Map.copyOf(reverse);
  }

  /** The bare JID of a SIP URI's address of record; a {@code gr} parameter is ignored. */
  public EntityBareJid toBareJid(SipUri uri) {
    Objects.requireNonNull(uri, "SIP URI");
    if (uri.user() == null) throw new AddressMappingException("no user part, so no XMPP user: " + uri);
    if ("phone".equalsIgnoreCase(uri.param("user"))) {
      throw new AddressMappingException("a telephone number has no XMPP address: " + uri);
    }
    String escaped = Xep0106.escape(uri.user());
    checkLocalpart(uri.user(), escaped);
    try {
      Localpart local = Localpart.from(escaped);
      return JidCreate.entityBareFrom(local, domainFor(uri));
    } catch (XmppStringprepException | IllegalArgumentException e) {
      if (e instanceof AddressMappingException a) throw a;
      throw new AddressMappingException("user part '" + uri.user() + "' is not a valid XMPP localpart: " + e.getMessage(), e);
    }
  }

  /** The full JID of a GRUU (RFC 7247 §6.3): the {@code gr} value is the resourcepart. */
  public EntityFullJid toFullJid(SipUri gruu) {
    String gr = gruu.param("gr");
    if (gr == null) throw new AddressMappingException("not a GRUU (no gr parameter): " + gruu);
    if (gr.isEmpty()) {
      throw new AddressMappingException("a temporary GRUU (gr without value, RFC 5627) names no instance: " + gruu);
    }
    String resource = decodeParam(gr, gruu);
    try {
      return JidCreate.entityFullFrom(toBareJid(gruu), Resourcepart.from(resource));
    } catch (XmppStringprepException e) {
      throw new AddressMappingException("gr value '" + resource + "' is not a valid XMPP resourcepart: " + e.getMessage(), e);
    }
  }

  /** A full JID for a GRUU, a bare JID for any other URI. */
  public EntityJid toJid(SipUri uri) {
    return uri.param("gr") != null ? toFullJid(uri) : toBareJid(uri);
  }

  /** The SIP address of record of a bare JID ({@code sip:}, no port, no parameters). */
  public SipUri toSip(EntityBareJid jid) {
    Objects.requireNonNull(jid, "JID");
    String user = Xep0106.unescape(jid.getLocalpart().toString());
    String domain = Jids.asciiDomain(jid); // A-labels, as a SIP host needs
    String host = xmppToSip.getOrDefault(domain, domain);
    if (!xmppToSip.containsKey(domain) && sipToXmpp.containsKey(domain)) {
      // The domain is the SIP side of an alias pair: mapping it straight through would collide.
      throw new AddressMappingException("XMPP domain " + domain + " is mapped from another SIP domain only");
    }
    try {
      return SipUri.of(user, host);
    } catch (IllegalArgumentException e) {
      throw new AddressMappingException("JID " + jid + " has no SIP form: " + e.getMessage(), e);
    }
  }

  /** The GRUU of a full JID: its address of record with {@code ;gr=} the encoded resourcepart. */
  public SipUri toSip(EntityFullJid jid) {
    return toSip(jid.asEntityBareJid()).withParam("gr", encodeParam(jid.getResourcepart().toString()));
  }

  /**
   * RFC 7622 §3.3 (PRECIS IdentifierClass) refuses these code points; the JID library in use checks only
   * the XEP-0106 characters, so they are checked here.
   */
  private static void checkLocalpart(String user, String escaped) {
    if (escaped.getBytes(StandardCharsets.UTF_8).length > Jids.MAX_PART_BYTES) {
      throw new AddressMappingException("user part is not a valid XMPP localpart: longer than "
          + Jids.MAX_PART_BYTES + " bytes once escaped");
    }
    escaped.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      boolean refused = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE || Character.isWhitespace(cp);
      if (refused) {
        throw new AddressMappingException(String.format(
            "user part '%s' is not a valid XMPP localpart: U+%04X is not allowed (RFC 7622 §3.3)", user, cp));
      }
    });
  }

  private DomainBareJid domainFor(SipUri uri) {
    String host = uri.host();
    if (!sipToXmpp.containsKey(host) && xmppToSip.containsKey(host)) {
      throw new AddressMappingException("SIP domain " + host + " is mapped from another XMPP domain only");
    }
    String domain = sipToXmpp.getOrDefault(host, host);
    try {
      return Jids.parseDomain(domain);
    } catch (IllegalArgumentException e) {
      throw new AddressMappingException("SIP host " + host + " is not an XMPP domain: " + e.getMessage(), e);
    }
  }

  private static String encodeParam(String value) {
    return SipUri.encode(value, PARAM_SAFE);
  }

  private static String decodeParam(String raw, SipUri whole) {
    try {
      return SipUri.decode(raw, PARAM_SAFE, "the gr parameter of " + whole);
    } catch (IllegalArgumentException e) {
      throw new AddressMappingException(e.getMessage(), e);
    }
  }
}
