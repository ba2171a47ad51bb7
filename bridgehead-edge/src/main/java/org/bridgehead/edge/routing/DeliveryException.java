package org.bridgehead.edge.routing;

import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/** Why a stanza could not be delivered, as the stanza error its sender should see. */
public final class DeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final StanzaError error;

  public DeliveryException(StanzaErrorCondition condition, String reason) {
    super(reason, null, false, false);
    this.error = StanzaError.of(condition, reason);
  }

  public StanzaError error() { return error; }

  public StanzaErrorCondition condition() { return error.condition(); }
}
