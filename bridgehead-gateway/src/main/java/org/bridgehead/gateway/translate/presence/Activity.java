package org.bridgehead.gateway.translate.presence;

import java.util.Optional;

/**
 * The activities of RPID (RFC 4480 §3.2), each with the XMPP {@code <show/>} it implies. The show
 * column is Bridgehead's table (RFC 4480 defines no XMPP mapping); {@code docs/mappings.md} lists it.
 */
public enum Activity {
  APPOINTMENT("appointment", Show.DND),
  AWAY("away", Show.AWAY),
  BREAKFAST("breakfast", Show.AWAY),
  BUSY("busy", Show.DND),
  DINNER("dinner", Show.AWAY),
  HOLIDAY("holiday", Show.XA),
  IN_TRANSIT("in-transit", Show.AWAY),
  LOOKING_FOR_WORK("looking-for-work", Show.NONE),
  MEAL("meal", Show.AWAY),
  MEETING("meeting", Show.DND),
  ON_THE_PHONE("on-the-phone", Show.DND),
  PERFORMANCE("performance", Show.DND),
  PERMANENT_ABSENCE("permanent-absence", Show.XA),
  PLAYING("playing", Show.NONE),
  PRESENTATION("presentation", Show.DND),
  SHOPPING("shopping", Show.AWAY),
  SLEEPING("sleeping", Show.XA),
  SPECTATOR("spectator", Show.AWAY),
  STEERING("steering", Show.DND),
  TRAVEL("travel", Show.AWAY),
  TV("tv", Show.AWAY),
  UNKNOWN("unknown", Show.NONE),
  VACATION("vacation", Show.XA),
  WORKING("working", Show.NONE),
  WORSHIP("worship", Show.DND);

  private final String token;
  private final Show show;

  Activity(String token, Show show) {
    this.token = token;
    this.show = show;
  }

  /** The element name in {@code urn:ietf:params:xml:ns:pidf:rpid}. */
  public String token() { return token; }

  /** The show this activity implies on the XMPP side. */
  public Show show() { return show; }

  /** The activity for an RPID element name; empty for {@code other} and extensions. */
  public static Optional<Activity> fromToken(String token) {
    for (Activity a : values()) {
      if (a.token.equals(token)) return Optional.of(a);
    }
    return Optional.empty();
  }

  /** The activity Bridgehead publishes for an XMPP show: what an RPID watcher best understands. */
  public static Optional<Activity> forShow(Show show) {
    return switch (show) {
      case NONE, CHAT -> Optional.empty();
      case AWAY, XA -> Optional.of(AWAY);
      case DND -> Optional.of(BUSY);
    };
  }
}
