package org.bridgehead.xmpp.stanza;

import java.util.Objects;
import java.util.Optional;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;

/** A stanza's {@code <error/>} child (RFC 6120 §8.3.2); text and by are optional (null). */
public record StanzaError(StanzaErrorType type, StanzaErrorCondition condition, String text, String by) {
  public static final String ELEMENT = "error";
  private static final String TEXT = "text";

  public StanzaError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(condition, "condition");
  }

  /** The condition with its default type and no text. */
  public static StanzaError of(StanzaErrorCondition condition) {
    return new StanzaError(condition.defaultType(), condition, null, null);
  }

  public static StanzaError of(StanzaErrorCondition condition, String text) {
    return new StanzaError(condition.defaultType(), condition, text, null);
  }

  /** The {@code <error/>} in the server content namespace. */
  public XmlElement toElement() {
    return toElement(Namespaces.JABBER_SERVER);
  }

  /** The {@code <error/>} in {@code contentNamespace}, that of the stanza it goes into. */
  public XmlElement toElement(String contentNamespace) {
    XmlElement.Builder b = XmlElement.builder(ELEMENT, contentNamespace)
        .attribute("type", type.value())
        .attribute("by", by)
        .child(XmlElement.builder(condition.elementName(), Namespaces.XMPP_STANZAS).build());
    if (text != null && !text.isEmpty()) b.child(XmlElement.builder(TEXT, Namespaces.XMPP_STANZAS).text(text).build());
    return b.build();
  }

  /**
   * Reads an {@code <error/>} element; empty if {@code e} is not one. An unknown condition reads
   * as undefined-condition and a missing or unknown type as the condition's default.
   */
  public static Optional<StanzaError> parse(XmlElement e) {
    if (!e.name().equals(ELEMENT) || !Namespaces.isContentNamespace(e.namespace())) return Optional.empty();
    StanzaErrorCondition condition = StanzaErrorCondition.UNDEFINED_CONDITION;
    String text = null;
    for (XmlElement child : e.elements()) {
      if (!child.namespace().equals(Namespaces.XMPP_STANZAS)) continue; // application-specific
      if (child.name().equals(TEXT)) text = child.text();
      else condition = StanzaErrorCondition.fromElementName(child.name()).orElse(condition);
    }
    StanzaErrorType type = StanzaErrorType.fromValue(e.attribute("type")).orElse(condition.defaultType());
    return Optional.of(new StanzaError(type, condition, text, e.attribute("by")));
  }
}
