package org.bridgehead.gateway.translate.presence;

import java.util.Locale;

/** The presence types of RFC 6121 §3 that manage subscriptions, plus probe (§4.3). */
public enum XmppSubscription {
  SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBE, UNSUBSCRIBED, PROBE;

  /** The presence {@code type} attribute. */
  public String type() { return name().toLowerCase(Locale.ROOT); }

  /** Reads a presence type; anything else (available, unavailable, error) is refused. */
  public static XmppSubscription fromType(String type) {
    for (XmppSubscription s : values()) {
      if (s.type().equals(type)) return s;
    }
    throw new IllegalArgumentException("not a subscription presence type: " + type);
  }
}
