package org.bridgehead.xmpp.stream;

import javax.xml.stream.XMLStreamException;

/** Maps Aalto's parse failures to RFC 6120 stream error conditions. */
final class ParseErrors {
  private ParseErrors() {}

  static StreamErrorException toStreamError(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    // Aalto has no typed errors; these message prefixes are stable across its 1.x releases.
    StreamErrorCondition condition;
    if (message.contains("Unbound namespace prefix")) {
      condition = StreamErrorCondition.BAD_NAMESPACE_PREFIX;
    } else if (message.contains("ENTITY_REFERENCE") || message.contains("Undeclared general entity")) {
      condition = StreamErrorCondition.RESTRICTED_XML;
    } else {
      condition = StreamErrorCondition.NOT_WELL_FORMED;
    }
    return new StreamErrorException(new StreamError(condition, null), e);
  }
}
