package org.bridgehead.xmpp.stanza;

import java.util.Optional;
import org.bridgehead.xmpp.xml.XmlElement;

/** Operations on stanzas that do not belong to one kind. */
public final class Stanzas {
  private static final String ERROR_TYPE = "error";

  private Stanzas() {}

  public static boolean isError(Stanza stanza) {
    return ERROR_TYPE.equals(stanza.type());
  }

  /** The stanza's {@code <error/>}, if it has one. */
  public static Optional<StanzaError> error(Stanza stanza) {
    return stanza.element().child(StanzaError.ELEMENT).flatMap(StanzaError::parse);
  }

  /**
   * The error response to {@code original} (RFC 6120 §8.3.1): addresses swapped, same id and
   * xml:lang, type 'error', and the error appended. A message or presence keeps its payload, as
   * servers commonly do so the sender can see what failed; an iq's request payload is dropped.
   *
   * @throws IllegalArgumentException if {@code original} is itself an error: RFC 6120 §8.3.1
   *     forbids answering one with another (it could loop between servers)
   */
  public static <S extends Stanza> S errorReply(S original, StanzaError error) {
    if (isError(original)) throw new IllegalArgumentException("must not reply to an error with an error");
    XmlElement in = original.element();
    XmlElement.Builder out = XmlElement.builder(in.name(), in.namespace())
        .attribute("from", in.attribute("to"))
        .attribute("to", in.attribute("from"))
        .attribute("id", in.attribute("id"))
        .attribute("type", ERROR_TYPE)
        .attribute(XmlElement.XML_LANG, in.attribute(XmlElement.XML_LANG));
    if (!(original instanceof Iq)) in.children().forEach(c -> addChild(out, c));
    out.child(error.toElement(in.namespace()));
    return rewrap(original, out.build());
  }

  private static void addChild(XmlElement.Builder b, Object child) {
    if (child instanceof XmlElement e) b.child(e); else b.text((String) child);
  }

  @SuppressWarnings("unchecked") // the reply is the same kind of stanza as the original
  private static <S extends Stanza> S rewrap(S original, XmlElement reply) {
    if (original instanceof Message) return (S) new Message(reply, original.to(), original.from());
    if (original instanceof Presence) return (S) new Presence(reply, original.to(), original.from());
    try {
      return (S) Iq.checked(reply, original.to(), original.from());
    } catch (StanzaParseException e) {
      throw new IllegalStateException("an iq with id and type lost them", e);
    }
  }
}
