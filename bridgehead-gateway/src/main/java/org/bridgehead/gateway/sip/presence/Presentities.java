package org.bridgehead.gateway.sip.presence;

import java.util.Optional;
import org.bridgehead.gateway.address.SipUri;

/**
 * Whoever owns a presentity's state: the local presence server for local users, the gateway for XMPP
 * contacts. Watchers ask it for the document to send.
 */
public interface Presentities {
  /** The current document, or empty while nothing is known yet (the NOTIFY then carries no body). */
  Optional<PresenceDocument> document(SipUri presentity, SipUri watcher);
}
