package org.bridgehead.gateway.translate.error;

import static org.bridgehead.xmpp.stanza.StanzaErrorCondition.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/**
 * The two error tables of RFC 7247 §7: an XMPP stanza error condition → the SIP final response a
 * gateway sends (§7.1), and a SIP final response → the XMPP condition (§7.2). Where the RFC gives two
 * codes for a condition, {@link #sipStatus} returns the first that fits without more context and the
 * row keeps the other ({@link XmppToSipRow#alternative()}). A SIP code the table does not list is read
 * as the x00 code of its class, as RFC 3261 §8.1.3.2 tells a UAC to do with an unknown response.
 */
public final class ErrorMapper {
  private static final List<XmppToSipRow> XMPP_TO_SIP = List.of(
      XmppToSipRow.of(BAD_REQUEST, 400),
      XmppToSipRow.of(CONFLICT, 400),
      new XmppToSipRow(FEATURE_NOT_IMPLEMENTED, 405, 501, "501 when the server implements the feature for no one"),
      XmppToSipRow.of(FORBIDDEN, 403),
      new XmppToSipRow(GONE, 410, 301, "301 when the error names the entity's new address"),
      XmppToSipRow.of(INTERNAL_SERVER_ERROR, 500),
      XmppToSipRow.of(ITEM_NOT_FOUND, 404),
      XmppToSipRow.of(JID_MALFORMED, 400),
      XmppToSipRow.of(NOT_ACCEPTABLE, 406),
      XmppToSipRow.of(NOT_ALLOWED, 403),
      XmppToSipRow.of(NOT_AUTHORIZED, 401),
      XmppToSipRow.of(POLICY_VIOLATION, 403),
      XmppToSipRow.of(RECIPIENT_UNAVAILABLE, 480),
      XmppToSipRow.of(REDIRECT, 302),
      XmppToSipRow.of(REGISTRATION_REQUIRED, 400),
      new XmppToSipRow(REMOTE_SERVER_NOT_FOUND, 404, 408, "408 when the remote server was found but not reached in time"),
      XmppToSipRow.of(REMOTE_SERVER_TIMEOUT, 408),
      XmppToSipRow.of(RESOURCE_CONSTRAINT, 500),
      XmppToSipRow.of(SERVICE_UNAVAILABLE, 503),
      XmppToSipRow.of(SUBSCRIPTION_REQUIRED, 400),
      XmppToSipRow.of(UNDEFINED_CONDITION, 400),
      new XmppToSipRow(UNEXPECTED_REQUEST, 491, 400, "400 when the request is not merely out of order"));

  private static final List<SipToXmppRow> SIP_TO_XMPP = List.of(
      new SipToXmppRow("3xx", REDIRECT),
      new SipToXmppRow("400", BAD_REQUEST),
      new SipToXmppRow("401", NOT_AUTHORIZED),
      new SipToXmppRow("402", BAD_REQUEST),
      new SipToXmppRow("403", FORBIDDEN),
      new SipToXmppRow("404", ITEM_NOT_FOUND),
      new SipToXmppRow("405", FEATURE_NOT_IMPLEMENTED),
      new SipToXmppRow("406", NOT_ACCEPTABLE),
      new SipToXmppRow("407", NOT_AUTHORIZED),
      new SipToXmppRow("408", REMOTE_SERVER_TIMEOUT),
      new SipToXmppRow("410", GONE),
      new SipToXmppRow("413", POLICY_VIOLATION),
      new SipToXmppRow("414", POLICY_VIOLATION),
      new SipToXmppRow("415", NOT_ACCEPTABLE),
      new SipToXmppRow("416", JID_MALFORMED),
      new SipToXmppRow("420", FEATURE_NOT_IMPLEMENTED),
      new SipToXmppRow("421", NOT_ACCEPTABLE),
      new SipToXmppRow("423", RESOURCE_CONSTRAINT),
      new SipToXmppRow("480", RECIPIENT_UNAVAILABLE),
      new SipToXmppRow("481", ITEM_NOT_FOUND),
      new SipToXmppRow("482", NOT_ACCEPTABLE),
      new SipToXmppRow("483", NOT_ACCEPTABLE),
      new SipToXmppRow("484", ITEM_NOT_FOUND),
      new SipToXmppRow("485", ITEM_NOT_FOUND),
      new SipToXmppRow("486", RECIPIENT_UNAVAILABLE),
      new SipToXmppRow("487", SERVICE_UNAVAILABLE),
      new SipToXmppRow("488", NOT_ACCEPTABLE),
      new SipToXmppRow("489", POLICY_VIOLATION),
      new SipToXmppRow("491", UNEXPECTED_REQUEST),
      new SipToXmppRow("493", SERVICE_UNAVAILABLE),
      new SipToXmppRow("500", INTERNAL_SERVER_ERROR),
      new SipToXmppRow("501", FEATURE_NOT_IMPLEMENTED),
      new SipToXmppRow("502", REMOTE_SERVER_NOT_FOUND),
      new SipToXmppRow("503", SERVICE_UNAVAILABLE),
      new SipToXmppRow("504", REMOTE_SERVER_TIMEOUT),
      new SipToXmppRow("505", NOT_ACCEPTABLE),
      new SipToXmppRow("513", POLICY_VIOLATION),
      new SipToXmppRow("600", SERVICE_UNAVAILABLE),
      new SipToXmppRow("603", SERVICE_UNAVAILABLE),
      new SipToXmppRow("604", ITEM_NOT_FOUND),
      new SipToXmppRow("606", NOT_ACCEPTABLE));

  private static final Map<StanzaErrorCondition, XmppToSipRow> BY_CONDITION = new EnumMap<>(StanzaErrorCondition.class);

  static {
    for (XmppToSipRow row : XMPP_TO_SIP) BY_CONDITION.put(row.condition(), row);
    if (BY_CONDITION.size() != StanzaErrorCondition.values().length) {
      throw new ExceptionInInitializerError("RFC 7247 §7.1 table misses a condition");
    }
  }

  private ErrorMapper() {}

  /** RFC 7247 §7.1 in table order. */
  public static List<XmppToSipRow> xmppToSipTable() { return XMPP_TO_SIP; }

  /** RFC 7247 §7.2 in table order (single codes and classes). */
  public static List<SipToXmppRow> sipToXmppTable() { return SIP_TO_XMPP; }

  /** The row of RFC 7247 §7.1 for {@code condition}. */
  public static XmppToSipRow row(StanzaErrorCondition condition) {
    return BY_CONDITION.get(Objects.requireNonNull(condition, "condition"));
  }

  /** The SIP final response for an XMPP error condition (RFC 7247 §7.1). */
  public static int sipStatus(StanzaErrorCondition condition) {
    return row(condition).status();
  }

  /** The SIP final response for a stanza error: only its defined condition counts. */
  public static int sipStatus(StanzaError error) {
    return sipStatus(Objects.requireNonNull(error, "error").condition());
  }

  /**
   * The XMPP condition for a SIP final error response (RFC 7247 §7.2): the code's own row, else its
   * class row (3xx), else the x00 code of its class (RFC 3261 §8.1.3.2). Throws for 1xx and 2xx, which
   * are not errors, and for numbers that are not SIP status codes.
   */
  public static StanzaErrorCondition xmppCondition(int sipStatus) {
    if (sipStatus < 300 || sipStatus > 699) {
      throw new IllegalArgumentException("not a SIP error response (300-699): " + sipStatus);
    }
    for (SipToXmppRow row : SIP_TO_XMPP) {
      if (!row.isClass() && row.matches(sipStatus)) return row.condition();
    }
    for (SipToXmppRow row : SIP_TO_XMPP) {
      if (row.isClass() && row.matches(sipStatus)) return row.condition();
    }
    return xmppCondition(sipStatus / 100 * 100);
  }

  /** The stanza error for a SIP final response: the mapped condition, its default type, the code as text. */
  public static StanzaError xmppError(int sipStatus, String reasonPhrase) {
    String text = "SIP " + sipStatus + (reasonPhrase == null || reasonPhrase.isBlank() ? "" : " " + reasonPhrase.strip());
    return StanzaError.of(xmppCondition(sipStatus), text);
  }
}
