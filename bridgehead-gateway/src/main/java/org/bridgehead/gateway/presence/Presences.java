package org.bridgehead.gateway.presence;

import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaParseException;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** Subscription-management presences (RFC 6121 §3): subscribe, subscribed, unsubscribe, unsubscribed, probe. */
final class Presences {
  private Presences() {}

  static Presence of(String type, Jid from, Jid to) {
    try {
      return (Presence) Stanza.parse(XmlElement.builder(Presence.ELEMENT, Namespaces.JABBER_SERVER)
          .attribute("from", from.toString()).attribute("to", to.toString()).attribute("type", type).build());
    } catch (StanzaParseException e) {
      throw new IllegalArgumentException("cannot build a " + type + " presence: " + e.getMessage(), e);
    }
  }
}
