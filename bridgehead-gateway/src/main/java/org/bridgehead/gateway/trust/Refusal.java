package org.bridgehead.gateway.trust;

import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/**
 * Why the trust rules refused a message or subscription, with the error each side is given. A refusal
 * is always answered: the XMPP sender gets a stanza error, the SIP sender a final response.
 */
public enum Refusal {
  /** The local user's effective external access policy has EnableXmppAccess off. */
  XMPP_ACCESS_OFF(StanzaErrorCondition.SERVICE_UNAVAILABLE, 403,
      "the user's external access policy does not allow XMPP federation"),
  /** A PublicUnverified partner's user whom the local user has not added as a contact. */
  CONTACT_NOT_ADDED(StanzaErrorCondition.SUBSCRIPTION_REQUIRED, 403,
      "the user accepts messages from this public provider only from contacts they have added");

  private final StanzaErrorCondition xmppCondition;
  private final int sipStatus;
  private final String reason;

  Refusal(StanzaErrorCondition xmppCondition, int sipStatus, String reason) {
    this.xmppCondition = xmppCondition;
    this.sipStatus = sipStatus;
    this.reason = reason;
  }

  /** The stanza error an XMPP sender gets. */
  public StanzaErrorCondition xmppCondition() { return xmppCondition; }

  /** The final response a SIP sender gets. */
  public int sipStatus() { return sipStatus; }

  /** Human-readable reason for the error text and the event log. */
  public String reason() { return reason; }
}
