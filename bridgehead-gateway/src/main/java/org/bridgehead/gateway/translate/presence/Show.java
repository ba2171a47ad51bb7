package org.bridgehead.gateway.translate.presence;

import java.util.Optional;

/**
 * The XMPP {@code <show/>} of an available presence (RFC 6121 §4.7.2.1), NONE standing for its absence
 * (plainly available). Declared from the least to the most restrictive, which is how several RPID
 * activities are resolved to one show: the most restrictive wins.
 */
public enum Show {
  NONE(null), CHAT("chat"), AWAY("away"), XA("xa"), DND("dnd");

  private final String xmppValue;

  Show(String xmppValue) {
    this.xmppValue = xmppValue;
  }

  /** The element's text, or null for NONE. */
  public String xmppValue() { return xmppValue; }

  /** Reads a {@code <show/>} text; null (no element) is NONE; an unknown value is refused. */
  public static Show fromXmpp(String value) {
    if (value == null) return NONE;
    return parse(value.strip()).orElseThrow(() -> new IllegalArgumentException("unknown <show/> value: '" + value + "'"));
  }

  private static Optional<Show> parse(String value) {
    for (Show s : values()) {
      if (s.xmppValue != null && s.xmppValue.equals(value)) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The more restrictive of the two. */
  public Show max(Show other) { return other.ordinal() > ordinal() ? other : this; }
}
