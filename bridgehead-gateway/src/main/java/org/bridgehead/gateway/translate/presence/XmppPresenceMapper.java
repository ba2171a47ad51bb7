package org.bridgehead.gateway.translate.presence;

import java.util.Objects;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaParseException;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/**
 * {@link PresenceState} ↔ XMPP availability presence (RFC 6121 §4.7, RFC 8048 §4): available ↔ no
 * type, unavailable ↔ {@code type='unavailable'}, show ↔ {@code <show/>}, note ↔ {@code <status/>}.
 */
public final class XmppPresenceMapper {
  private XmppPresenceMapper() {}

  public static Presence toXmpp(PresenceState state, Jid from, Jid to) {
    XmlElement.Builder b = XmlElement.builder(Presence.ELEMENT, Namespaces.JABBER_SERVER)
        .attribute("from", Objects.requireNonNull(from, "from").toString())
        .attribute("to", Objects.requireNonNull(to, "to").toString())
        .attribute("type", state.available() ? null : "unavailable");
    if (state.show() != Show.NONE) b.child(text("show", state.show().xmppValue()));
    if (state.note() != null) b.child(text("status", state.note()));
    try {
      return (Presence) Stanza.parse(b.build());
    } catch (StanzaParseException e) {
      throw new IllegalArgumentException("cannot build presence: " + e.getMessage(), e);
    }
  }

  /** Reads an availability presence; subscription, probe and error presences are refused. */
  public static PresenceState fromXmpp(Presence presence) {
    String type = presence.type();
    if (type != null && !type.equals("unavailable")) {
      throw new IllegalArgumentException("not an availability presence: type='" + type + "'");
    }
    XmlElement e = presence.element();
    String status = e.child("status").map(XmlElement::text).orElse(null);
    if (type != null) return PresenceState.fromXmpp(false, Show.NONE, status);
    Show show = Show.fromXmpp(e.child("show").map(XmlElement::text).orElse(null));
    return PresenceState.fromXmpp(true, show, status);
  }

  private static XmlElement text(String name, String value) {
    return XmlElement.builder(name, Namespaces.JABBER_SERVER).text(value).build();
  }
}
