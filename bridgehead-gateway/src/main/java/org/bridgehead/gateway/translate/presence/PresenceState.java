package org.bridgehead.gateway.translate.presence;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One presence, as both sides see it: XMPP available/unavailable with show and status, PIDF basic
 * open/closed with note, RPID activities and the Lync availability number. Build it with {@link #fromXmpp}
 * or {@link #fromSip}, which fill the other side's fields through the mapping tables, so every instance
 * already says what each side is told.
 *
 * @param show NONE when unavailable
 * @param note the status text (XMPP {@code <status/>}, PIDF {@code <note/>}), or null
 * @param availability the Lync availability number, if known
 */
public record PresenceState(boolean available, Show show, String note, OptionalInt availability, Set<Activity> activities) {
  public PresenceState {
    Objects.requireNonNull(show, "show");
    Objects.requireNonNull(availability, "availability");
    if (!available && show != Show.NONE) throw new IllegalArgumentException("an unavailable presence has no show: " + show);
    if (availability.isPresent() && availability.getAsInt() < 0) {
      throw new IllegalArgumentException("negative availability: " + availability.getAsInt());
    }
    note = note == null || note.isBlank() ? null : note;
    activities = activities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(activities));
  }

  /** An XMPP presence with the availability number and activity a SIP watcher is given for it. */
  public static PresenceState fromXmpp(boolean available, Show show, String note) {
    Show s = available ? show : Show.NONE;
    int number = LyncAvailability.forShow(available, s).number();
    Set<Activity> activities = available ? Activity.forShow(s).map(Set::of).orElse(Set.of()) : Set.of();
    return new PresenceState(available, s, note, OptionalInt.of(number), activities);
  }

  /**
   * A SIP presence: the Lync availability number decides when it is in a known range (Offline even over
   * basic open), else basic closed is unavailable, else the most restrictive show of the activities.
   */
  public static PresenceState fromSip(boolean open, String note, OptionalInt availability, Set<Activity> activities) {
    LyncAvailability lync = availability.isPresent() ? LyncAvailability.forNumber(availability.getAsInt()).orElse(null) : null;
    boolean available;
    Show show = Show.NONE;
    if (lync != null) {
      available = lync.available();
      show = lync.show();
    } else {
      available = open;
      if (open) for (Activity a : activities) show = show.max(a.show());
    }
    return new PresenceState(available, show, note, availability, activities);
  }

  public static PresenceState unavailable() {
    return fromXmpp(false, Show.NONE, null);
  }

  /** The same presence with no note: what PublicVerified and PublicUnverified partners are sent. */
  public PresenceState withoutNote() {
    return note == null ? this : new PresenceState(available, show, null, availability, activities);
  }
}
