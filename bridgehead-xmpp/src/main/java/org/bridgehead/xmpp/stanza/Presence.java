package org.bridgehead.xmpp.stanza;

import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** A {@code <presence/>} stanza. */
public final class Presence extends AbstractStanza implements Stanza {
  public static final String ELEMENT = "presence";

  Presence(XmlElement element, Jid from, Jid to) {
    super(element, from, to);
  }
}
