package org.bridgehead.gateway.access;

import java.util.Optional;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.validation.NotFoundException;
import org.jxmpp.jid.DomainBareJid;

/**
 * The facts the trust rules need, read from the store: whether a local user exists and may use XMPP
 * (their effective external access policy), and a partner domain's type. Read on every use, so a
 * policy or partner change applies to the next message.
 */
public final class UserAccess {
  private final ManagementService store;

  public UserAccess(ManagementService store) { this.store = store; }

  public boolean isUser(SipUri user) { return store.users().find(key(user)).isPresent(); }

  /** Whether the user's effective policy enables XMPP access; false for an unknown user. */
  public boolean xmppAccess(SipUri user) {
    try {
      return store.policies().effectivePolicy(key(user)).policy().enableXmppAccess();
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * The type of the partner serving {@code domain} (primary or additional domain). A domain with no
   * partner entry is treated as the most restricted type; the edge decides whether it is reachable.
   */
  public PartnerType partnerType(DomainBareJid domain) {
    return partner(domain).map(XmppPartner::partnerType).orElse(PartnerType.PUBLIC_UNVERIFIED);
  }

  private Optional<XmppPartner> partner(DomainBareJid domain) {
    return store.partners().get("*").stream().map(v -> v.value())
        .filter(p -> p.primaryDomain().equals(domain) || p.additionalDomains().contains(domain)).findFirst();
  }

  private static String key(SipUri user) { return user.addressOfRecord().toString(); }
}
