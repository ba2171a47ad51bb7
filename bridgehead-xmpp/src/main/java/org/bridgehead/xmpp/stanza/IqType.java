package org.bridgehead.xmpp.stanza;

import java.util.Locale;
import java.util.Optional;

/** The four iq types of RFC 6120 §8.2.3. */
public enum IqType {
  GET, SET, RESULT, ERROR;

  public String value() { return name().toLowerCase(Locale.ROOT); }

  public static Optional<IqType> fromValue(String value) {
    for (IqType t : values()) {
      if (t.value().equals(value)) return Optional.of(t);
    }
    return Optional.empty();
  }
}
