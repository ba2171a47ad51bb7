package org.bridgehead.gateway.translate.chatstate;

import java.util.Optional;
import org.bridgehead.xmpp.xml.XmlElement;

/** The five chat states of XEP-0085 §2.1, each an empty element in {@link #NAMESPACE}. */
public enum ChatState {
  ACTIVE, COMPOSING, PAUSED, INACTIVE, GONE;

  public static final String NAMESPACE = "http://jabber.org/protocol/chatstates";

  public String elementName() { return name().toLowerCase(java.util.Locale.ROOT); }

  public XmlElement toElement() { return XmlElement.builder(elementName(), NAMESPACE).build(); }

  /** The chat state child of a message element, if it has one. */
  public static Optional<ChatState> of(XmlElement message) {
    for (XmlElement child : message.elements()) {
      if (!child.namespace().equals(NAMESPACE)) continue;
      for (ChatState s : values()) {
        if (s.elementName().equals(child.name())) return Optional.of(s);
      }
      throw new IllegalArgumentException("unknown chat state <" + child.name() + "/>");
    }
    return Optional.empty();
  }
}
