package org.bridgehead.xmpp.stanza;

import java.util.Optional;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** A {@code <message/>} stanza. */
public final class Message extends AbstractStanza implements Stanza {
  public static final String ELEMENT = "message";

  Message(XmlElement element, Jid from, Jid to) {
    super(element, from, to);
  }

  /** The text of the first {@code <body/>}, if any. */
  public Optional<String> body() {
    return element().child("body").map(XmlElement::text);
  }
}
