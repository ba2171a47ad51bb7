package org.bridgehead.gateway.translate.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every row of the availability, activity and show tables, written out independently of the code. */
class PresenceTablesTest {
  @ParameterizedTest(name = "{0}..{1} ({2}) -> available={3} show={4}")
  @CsvSource({
      "3000, 4499, 3500, true, NONE", "4500, 5999, 5000, true, AWAY", "6000, 7499, 6500, true, DND",
      "7500, 8999, 7500, true, DND", "9000, 11999, 9500, true, DND", "12000, 14999, 12500, true, AWAY",
      "15000, 17999, 15500, true, AWAY", "18000, 18999, 18500, false, NONE"})
  void lyncAvailabilityRangesToXmpp(int low, int high, int number, boolean available, Show show) {
    for (int n : new int[] {low, number, high}) {
      LyncAvailability a = LyncAvailability.forNumber(n).orElseThrow();
      assertThat(a.number()).isEqualTo(number);
      assertThat(a.available()).isEqualTo(available);
      assertThat(a.show()).isEqualTo(show);
      PresenceState s = PresenceState.fromSip(true, null, OptionalInt.of(n), Set.of());
      assertThat(s.available()).isEqualTo(available);
      assertThat(s.show()).isEqualTo(show);
    }
  }

  @Test
  void numbersOutsideLyncRangesAreNoAvailability() {
    for (int n : new int[] {0, 2999, 19000, 99999}) assertThat(LyncAvailability.forNumber(n)).isEmpty();
    PresenceState s = PresenceState.fromSip(true, null, OptionalInt.of(0), Set.of(Activity.MEETING));
    assertThat(s.show()).isEqualTo(Show.DND); // falls back to the activities
  }

  @ParameterizedTest(name = "available={0} show={1} -> {2}")
  @CsvSource({"true, NONE, 3500", "true, CHAT, 3500", "true, AWAY, 15500", "true, XA, 15500", "true, DND, 6500",
      "false, NONE, 18500"})
  void xmppShowToLyncAvailability(boolean available, Show show, int number) {
    assertThat(LyncAvailability.forShow(available, show).number()).isEqualTo(number);
    assertThat(PresenceState.fromXmpp(available, show, null).availability()).hasValue(number);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "appointment, DND", "away, AWAY", "breakfast, AWAY", "busy, DND", "dinner, AWAY", "holiday, XA",
      "in-transit, AWAY", "looking-for-work, NONE", "meal, AWAY", "meeting, DND", "on-the-phone, DND",
      "performance, DND", "permanent-absence, XA", "playing, NONE", "presentation, DND", "shopping, AWAY",
      "sleeping, XA", "spectator, AWAY", "steering, DND", "travel, AWAY", "tv, AWAY", "unknown, NONE",
      "vacation, XA", "working, NONE", "worship, DND"})
  void rpidActivityToShow(String token, Show show) {
    Activity a = Activity.fromToken(token).orElseThrow();
    assertThat(a.show()).isEqualTo(show);
    assertThat(PresenceState.fromSip(true, null, OptionalInt.empty(), Set.of(a)).show()).isEqualTo(show);
  }

  @Test
  void everyRpidActivityIsInTheTable() {
    assertThat(Activity.values()).hasSize(25);
    assertThat(Activity.fromToken("other")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"NONE, ''", "CHAT, ''", "AWAY, away", "XA, away", "DND, busy"})
  void xmppShowToRpidActivity(Show show, String token) {
    assertThat(Activity.forShow(show).map(Activity::token).orElse("")).isEqualTo(token);
  }

  @ParameterizedTest(name = "<show>{0}</show> -> {1}")
  @CsvSource({"chat, CHAT", "away, AWAY", "xa, XA", "dnd, DND", "' dnd ', DND"})
  void showElementValues(String text, Show show) {
    assertThat(Show.fromXmpp(text)).isEqualTo(show);
    assertThat(show.xmppValue()).isEqualTo(text.strip());
  }

  @Test
  void unknownShowIsRefusedAndAbsentShowIsNone() {
    assertThat(Show.fromXmpp(null)).isEqualTo(Show.NONE);
    assertThatThrownBy(() -> Show.fromXmpp("busy")).hasMessageContaining("unknown <show/> value");
  }
}
