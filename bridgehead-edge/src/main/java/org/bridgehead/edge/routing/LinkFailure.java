package org.bridgehead.edge.routing;

import java.time.Instant;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/** The last failure of an outbound link, kept for diagnostics. */
public record LinkFailure(Instant at, DomainPair pair, StanzaErrorCondition condition, String reason) {}
