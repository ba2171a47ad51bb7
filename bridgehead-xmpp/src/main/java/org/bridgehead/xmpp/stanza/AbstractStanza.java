package org.bridgehead.xmpp.stanza;

import java.util.Objects;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;

/** State and identity shared by the three stanza kinds: the element and its parsed addresses. */
abstract class AbstractStanza {
  private final XmlElement element;
  private final Jid from;
  private final Jid to;

  AbstractStanza(XmlElement element, Jid from, Jid to) {
    this.element = Objects.requireNonNull(element, "element");
    this.from = from;
    this.to = to;
  }

  public XmlElement element() { return element; }

  public Jid from() { return from; }

  public Jid to() { return to; }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && element.equals(((AbstractStanza) o).element);
  }

  @Override
  public int hashCode() { return element.hashCode(); }

  @Override
  public String toString() { return element.toString(); }
}
