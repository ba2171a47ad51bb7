package org.bridgehead.gateway.trust;

import java.util.function.BooleanSupplier;
import org.bridgehead.config.PartnerType;

/**
 * Lync's partner-type trust rules (SPEC §2) and the external access policy's XMPP switch (SPEC §4),
 * as pure functions: the gateway asks, and applies the answer on whichever side it is working.
 *
 * <ul>
 *   <li>Federated: messages and presence subscriptions need no authorization; the status note is shown.
 *   <li>PublicVerified: the same, but the note is never sent.
 *   <li>PublicUnverified: nothing reaches the local user until the local user has added the contact; the
 *       note is never sent.
 *   <li>A local user whose effective policy has XMPP access off cannot send to, receive from or be seen
 *       by XMPP users, whatever the partner type.
 * </ul>
 */
public final class TrustRules {
  private TrustRules() {}

  /** A message from an XMPP user to a local user. */
  public static Decision inboundMessage(PartnerType partner, boolean xmppAccess, boolean contactAdded) {
    if (!xmppAccess) return Decision.refuse(Refusal.XMPP_ACCESS_OFF);
    if (partner == PartnerType.PUBLIC_UNVERIFIED && !contactAdded) return Decision.refuse(Refusal.CONTACT_NOT_ADDED);
    return Decision.allow();
  }

  /** The same, asking whether the contact was added only when the answer matters (a store read saved). */
  public static Decision inboundMessage(PartnerType partner, boolean xmppAccess, BooleanSupplier contactAdded) {
    return inboundMessage(partner, xmppAccess, partner == PartnerType.PUBLIC_UNVERIFIED && contactAdded.getAsBoolean());
  }

  /** A message from a local user to an XMPP user; writing first is the local user's own choice. */
  public static Decision outboundMessage(boolean xmppAccess) {
    return xmppAccess ? Decision.allow() : Decision.refuse(Refusal.XMPP_ACCESS_OFF);
  }

  /** A local user subscribing to (adding) an XMPP contact. */
  public static Decision outboundSubscribe(boolean xmppAccess) {
    return outboundMessage(xmppAccess);
  }

  /** An XMPP user asking to see a local user's presence. */
  public static InboundSubscription inboundSubscribe(PartnerType partner, boolean xmppAccess, boolean contactAdded) {
    if (!xmppAccess) return InboundSubscription.REFUSE;
    if (partner == PartnerType.PUBLIC_UNVERIFIED && !contactAdded) return InboundSubscription.PEND;
    return InboundSubscription.APPROVE;
  }

  /** Whether the local user's status note may be sent to a user of this partner. */
  public static boolean noteVisible(PartnerType partner) {
    return partner == PartnerType.FEDERATED;
  }
}
