package org.bridgehead.xmpp.stanza;

import java.util.Locale;
import java.util.Optional;

/** The {@code type} of a stanza {@code <error/>} (RFC 6120 §8.3.2): what the sender should do. */
public enum StanzaErrorType {
  AUTH, CANCEL, CONTINUE, MODIFY, WAIT;

  public String value() { return name().toLowerCase(Locale.ROOT); }

  public static Optional<StanzaErrorType> fromValue(String value) {
    for (StanzaErrorType t : values()) {
      if (t.value().equals(value)) return Optional.of(t);
    }
    return Optional.empty();
  }
}
