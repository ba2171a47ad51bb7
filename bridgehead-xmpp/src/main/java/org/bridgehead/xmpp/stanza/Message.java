package org.bridgehead.xmpp.stanza;

import java.util.Optional;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** A {@code <message/>} stanza. */
public final class Message extends AbstractStanza implements Stanza {
  public static final String ELEMENT = "message";

  Message(XmlElement element, Jid from, Jid to) {
    super(element, from, to);
  }

  /** A one-to-one chat message with a body. */
  public static Message chat(Jid from, Jid to, String body) {
    XmlElement e = XmlElement.builder(ELEMENT, Namespaces.JABBER_SERVER)
        .attribute("from", from.toString()).attribute("to", to.toString()).attribute("type", "chat")
        .child(XmlElement.builder("body", Namespaces.JABBER_SERVER).text(body).build())
        .build();
    return new Message(e, from, to);
  }

  /** The text of the first {@code <body/>}, if any. */
  public Optional<String> body() {
    return element().child("body").map(XmlElement::text);
  }
}
