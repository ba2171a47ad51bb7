package org.bridgehead.xmpp.stanza;

import org.bridgehead.xmpp.Namespaces;
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

  /** A get request carrying {@code payload}. */
  public static Iq get(Jid from, Jid to, String id, XmlElement payload) {
    return new Iq(build(from, to, id, "get", payload), from, to, IqType.GET);
  }

  /** The result answering {@code request}, addressed back to its sender; payload may be null. */
  public static Iq resultFor(Iq request, XmlElement payload) {
    return new Iq(build(request.to(), request.from(), request.id(), "result", payload), request.to(), request.from(),
        IqType.RESULT);
  }

  private static XmlElement build(Jid from, Jid to, String id, String type, XmlElement payload) {
    XmlElement.Builder b = XmlElement.builder(ELEMENT, Namespaces.JABBER_SERVER)
        .attribute("from", from == null ? null : from.toString())
        .attribute("to", to == null ? null : to.toString())
        .attribute("id", java.util.Objects.requireNonNull(id, "id")).attribute("type", type);
    if (payload != null) b.child(payload);
    return b.build();
  }

  /** The first child element: the request or result payload (an iq carries at most one). */
  public XmlElement payload() {
    for (XmlElement e : element().elements()) {
      if (!e.name().equals("error")) return e;
    }
    return null;
  }

  public IqType iqType() { return iqType; }

  public boolean isRequest() { return iqType == IqType.GET || iqType == IqType.SET; }
}
