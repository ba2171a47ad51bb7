package org.bridgehead.xmpp.stanza;

import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** A message, presence or iq stanza (RFC 6120 §8) over its element, with typed addresses. */
public sealed interface Stanza permits Message, Presence, Iq {
  XmlElement element();

  /** The sender, or null when the attribute is absent. */
  Jid from();

  /** The recipient, or null when the attribute is absent. */
  Jid to();

  default String id() { return element().attribute("id"); }

  /** The raw {@code type} attribute, or null. */
  default String type() { return element().attribute("type"); }

  /**
   * Wraps a top-level element. Throws if it is not message, presence or iq in jabber:server or
   * jabber:client, if {@code from} or {@code to} is not a valid JID (see
   * {@link StanzaParseException#attribute()}), or for an iq without id or with an unknown type.
   */
  static Stanza parse(XmlElement element) throws StanzaParseException {
    if (!Namespaces.isContentNamespace(element.namespace())) {
      throw new StanzaParseException("not a stanza namespace: " + element.namespace(), null, null);
    }
    Jid from = address(element, "from");
    Jid to = address(element, "to");
    return switch (element.name()) {
      case Message.ELEMENT -> new Message(element, from, to);
      case Presence.ELEMENT -> new Presence(element, from, to);
      case Iq.ELEMENT -> Iq.checked(element, from, to);
      default -> throw new StanzaParseException("not a stanza: " + element.name(), null, null);
    };
  }

  private static Jid address(XmlElement element, String attribute) throws StanzaParseException {
    String value = element.attribute(attribute);
    if (value == null) return null;
    try {
      return Jids.parse(value);
    } catch (IllegalArgumentException e) {
      throw new StanzaParseException("malformed '" + attribute + "': " + e.getMessage(), attribute, e);
    }
  }
}
