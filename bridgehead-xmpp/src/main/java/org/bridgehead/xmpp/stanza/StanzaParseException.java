package org.bridgehead.xmpp.stanza;

/**
 * A received element is not a usable stanza. {@link #attribute()} names the bad addressing
 * attribute ("from" or "to") so the session can pick invalid-from, improper-addressing or
 * jid-malformed; it is null when the element is not a stanza at all.
 */
public final class StanzaParseException extends Exception {
  private final String attribute;

  public StanzaParseException(String message, String attribute, Throwable cause) {
    super(message, cause);
    this.attribute = attribute;
  }

  public String attribute() { return attribute; }
}
