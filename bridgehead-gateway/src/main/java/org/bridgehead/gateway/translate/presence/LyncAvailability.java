package org.bridgehead.gateway.translate.presence;

import java.util.Optional;

/**
 * Lync's aggregate availability numbers in their documented ranges, each with the number Lync itself
 * publishes for the state and the XMPP show it maps to. XMPP → Lync uses {@link #forShow}: a show maps to
 * the state whose display an XMPP user means (dnd "busy" is Lync Busy; away and xa are Lync Away).
 */
public enum LyncAvailability {
  ONLINE(3000, 4499, 3500, true, Show.NONE),
  IDLE_ONLINE(4500, 5999, 5000, true, Show.AWAY),
  BUSY(6000, 7499, 6500, true, Show.DND),
  IDLE_BUSY(7500, 8999, 7500, true, Show.DND),
  DO_NOT_DISTURB(9000, 11999, 9500, true, Show.DND),
  BE_RIGHT_BACK(12000, 14999, 12500, true, Show.AWAY),
  AWAY(15000, 17999, 15500, true, Show.AWAY),
  OFFLINE(18000, 18999, 18500, false, Show.NONE);

  private final int low;
  private final int high;
  private final int number;
  private final boolean available;
  private final Show show;

  LyncAvailability(int low, int high, int number, boolean available, Show show) {
    this.low = low;
    this.high = high;
    this.number = number;
    this.available = available;
    this.show = show;
  }

  public int low() { return low; }

  public int high() { return high; }

  /** The number Lync publishes for this state (3500, 6500, ...). */
  public int number() { return number; }

  /** False only for OFFLINE, which maps to XMPP unavailable. */
  public boolean available() { return available; }

  /** The XMPP show while available (NONE for OFFLINE, which is unavailable). */
  public Show show() { return show; }

  /** The state whose range holds {@code number}; empty outside 3000–18999 (Lync: no availability). */
  public static Optional<LyncAvailability> forNumber(int number) {
    for (LyncAvailability a : values()) {
      if (number >= a.low && number <= a.high) return Optional.of(a);
    }
    return Optional.empty();
  }

  /** The state an XMPP presence is shown as to Lync users. */
  public static LyncAvailability forShow(boolean available, Show show) {
    if (!available) return OFFLINE;
    return switch (show) {
      case NONE, CHAT -> ONLINE;
      case AWAY, XA -> AWAY;
      case DND -> BUSY;
    };
  }
}
