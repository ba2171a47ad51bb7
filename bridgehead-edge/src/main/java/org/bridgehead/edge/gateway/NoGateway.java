package org.bridgehead.edge.gateway;

import org.bridgehead.xmpp.stanza.Iq;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway boundary while no gateway runs: every stanza to a local user is answered with
 * service-unavailable, so a partner's user learns at once instead of waiting on silence.
 */
public final class NoGateway implements GatewayLink {
  private static final Logger log = LoggerFactory.getLogger(NoGateway.class);
  private final StanzaSender replies;

  public NoGateway(StanzaSender replies) {
    this.replies = replies;
  }

  @Override
  public void deliver(InboundStanza inbound) {
    var stanza = inbound.stanza();
    if (Stanzas.isError(stanza)) return; // never answer an error with an error
    if (stanza instanceof Iq iq && !iq.isRequest()) return;
    if (stanza instanceof Presence p && "unavailable".equals(p.type())) return;
    var reply = Stanzas.errorReply(stanza, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE,
        "No gateway is running on this node, so " + stanza.to() + " cannot be reached"));
    replies.send(reply).whenComplete((ok, err) -> {
      if (err != null) log.debug("error reply to {} not delivered: {}", stanza.from(), err.toString());
    });
  }
}
