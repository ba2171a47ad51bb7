package org.bridgehead.edge.s2s;

import java.util.concurrent.CompletableFuture;
import org.jxmpp.jid.DomainBareJid;

/** Asks an originating domain's authoritative server whether a dialback key is genuine (XEP-0220 §2.2). */
public interface DialbackVerifier {
  /** Completes with true (valid) or false (invalid); fails with a {@link org.bridgehead.edge.routing.DeliveryException}. */
  CompletableFuture<Boolean> verify(DomainBareJid receiving, DomainBareJid originating, String streamId, String key);
}
