package org.bridgehead.edge.gateway;

import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.PartnerType;
import org.bridgehead.xmpp.stanza.Stanza;
import org.jxmpp.jid.DomainBareJid;

/**
 * A stanza from a partner, with the facts the gateway's trust rules need.
 *
 * @param partner the partner's primary domain (the stanza may come from an additional domain)
 */
public record InboundStanza(Stanza stanza, DomainBareJid partner, PartnerType partnerType, AuthMethod authenticatedBy) {}
