package org.bridgehead.gateway.sip.stack;

import java.util.OptionalInt;

/**
 * Bounds on what a client asks for in Expires (registrations, subscriptions, publications), in seconds,
 * and the 423 answer when it asks for too little.
 */
public record Lifetimes(int min, int dflt, int max) {
  public static final Lifetimes DEFAULTS = new Lifetimes(60, 3600, 3600);

  public Lifetimes {
    if (min < 1 || dflt < min || max < dflt) throw new IllegalArgumentException("need 1 <= min <= default <= max");
  }

  /**
   * The lifetime granted for {@code requested} seconds (absent = default; 0 stays 0, meaning remove), or
   * empty after answering 423 Interval Too Brief.
   */
  public OptionalInt grant(IncomingRequest r, OptionalInt requested) {
    int asked = requested.orElse(dflt);
    if (asked != 0 && asked < min) {
      r.respond(SipResponse.of(423, "Interval Too Brief").withHeader("Min-Expires", Integer.toString(min)));
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.min(asked, max));
  }

  /** The request's Expires header. */
  public OptionalInt grant(IncomingRequest r) {
    return grant(r, r.expires().map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  /** Answers 489 unless the request's Event package is {@code presence}. */
  public static boolean presenceEvent(IncomingRequest r) {
    if (SipHeaders.token(r.header("Event").orElse("")).equalsIgnoreCase("presence")) return true;
    r.respond(SipResponse.of(489, "Bad Event").withHeader("Allow-Events", "presence"));
    return false;
  }
}
