package org.bridgehead.xmpp.stream;

import java.util.Objects;
import java.util.Optional;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;

/** A {@code <stream:error/>} (RFC 6120 §4.9): a condition and optional descriptive text. */
public record StreamError(StreamErrorCondition condition, String text) {
  public static final String ELEMENT = "error";
  private static final String TEXT = "text";

  public StreamError {
    Objects.requireNonNull(condition, "condition");
  }

  public static StreamError of(StreamErrorCondition condition) {
    return new StreamError(condition, null);
  }

  /** The element in the streams namespace; the encoder writes it as {@code stream:error}. */
  public XmlElement toElement() {
    XmlElement.Builder b = XmlElement.builder(ELEMENT, Namespaces.STREAMS)
        .child(XmlElement.builder(condition.elementName(), Namespaces.XMPP_STREAMS).build());
    if (text != null && !text.isEmpty()) {
      b.child(XmlElement.builder(TEXT, Namespaces.XMPP_STREAMS).text(text).build());
    }
    return b.build();
  }

  /**
   * Reads a received stream error; empty if {@code e} is not one. A condition this code does not
   * know is reported as undefined-condition, as RFC 6120 §4.9.3.21 intends for unknown ones.
   */
  public static Optional<StreamError> parse(XmlElement e) {
    if (!e.is(ELEMENT, Namespaces.STREAMS)) return Optional.empty();
    StreamErrorCondition condition = StreamErrorCondition.UNDEFINED_CONDITION;
    String text = null;
    for (XmlElement child : e.elements()) {
      if (!child.namespace().equals(Namespaces.XMPP_STREAMS)) continue; // application-specific
      if (child.name().equals(TEXT)) {
        text = child.text();
      } else {
        condition = StreamErrorCondition.fromElementName(child.name()).orElse(condition);
      }
    }
    return Optional.of(new StreamError(condition, text));
  }
}
