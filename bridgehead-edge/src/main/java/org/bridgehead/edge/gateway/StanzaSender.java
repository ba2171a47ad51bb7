package org.bridgehead.edge.gateway;

import java.util.concurrent.CompletableFuture;
import org.bridgehead.xmpp.stanza.Stanza;

/**
 * Sends a stanza from a local address to a partner. The future completes when the stanza was written
 * to an authenticated stream, or fails with {@link org.bridgehead.edge.routing.DeliveryException}
 * carrying the stanza error condition (remote-server-not-found, remote-server-timeout,
 * resource-constraint, ...) — nothing is dropped without its sender being told.
 */
@FunctionalInterface
public interface StanzaSender {
  CompletableFuture<Void> send(Stanza stanza);
}
