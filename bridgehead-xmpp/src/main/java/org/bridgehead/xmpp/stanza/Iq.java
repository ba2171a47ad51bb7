package org.bridgehead.xmpp.stanza;

import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** An {@code <iq/>} stanza; always has an id and one of the four types. */
public final class Iq extends AbstractStanza implements Stanza {
  public static final String ELEMENT = "iq";

  private final IqType iqType;

  private Iq(XmlElement element, Jid from, Jid to, IqType iqType) {
    super(element, from, to);
    this.iqType = iqType;
  }

  /** RFC 6120 §8.2.3 makes id and type mandatory: without them no reply can be correlated. */
  static Iq checked(XmlElement element, Jid from, Jid to) throws StanzaParseException {
    if (element.attribute("id") == null) throw new StanzaParseException("iq without id", null, null);
    IqType type = IqType.fromValue(element.attribute("type"))
        .orElseThrow(() -> new StanzaParseException("iq type: " + element.attribute("type"), null, null));
    return new Iq(element, from, to, type);
  }

  public IqType iqType() { return iqType; }

  public boolean isRequest() { return iqType == IqType.GET || iqType == IqType.SET; }
}
