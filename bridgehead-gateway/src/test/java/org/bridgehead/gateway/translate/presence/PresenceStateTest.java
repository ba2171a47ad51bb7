package org.bridgehead.gateway.translate.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresenceStateTest {
  @Test
  void lyncNumberWinsOverBasicAndActivities() {
    PresenceState offline = PresenceState.fromSip(true, "gone", OptionalInt.of(18500), Set.of(Activity.MEETING));
    assertThat(offline.available()).isFalse();
    assertThat(offline.show()).isEqualTo(Show.NONE);
    PresenceState online = PresenceState.fromSip(false, null, OptionalInt.of(3500), Set.of(Activity.MEETING));
    assertThat(online.available()).isTrue();
    assertThat(online.show()).isEqualTo(Show.NONE);
  }

  @Test
  void mostRestrictiveActivityWinsAndClosedIsUnavailable() {
    assertThat(PresenceState.fromSip(true, null, OptionalInt.empty(), Set.of(Activity.TRAVEL, Activity.VACATION, Activity.WORKING))
        .show()).isEqualTo(Show.XA);
    assertThat(PresenceState.fromSip(true, null, OptionalInt.empty(), Set.of(Activity.AWAY, Activity.ON_THE_PHONE))
        .show()).isEqualTo(Show.DND);
    PresenceState closed = PresenceState.fromSip(false, "bye", OptionalInt.empty(), Set.of(Activity.MEETING));
    assertThat(closed.available()).isFalse();
    assertThat(closed.show()).isEqualTo(Show.NONE);
    assertThat(PresenceState.fromSip(true, null, OptionalInt.empty(), Set.of()).show()).isEqualTo(Show.NONE);
  }

  @Test
  void withoutNoteDropsOnlyTheNote() {
    PresenceState s = PresenceState.fromXmpp(true, Show.DND, "In a meeting about the merger");
    PresenceState hidden = s.withoutNote();
    assertThat(hidden.note()).isNull();
    assertThat(hidden).isEqualTo(new PresenceState(true, Show.DND, null, OptionalInt.of(6500), Set.of(Activity.BUSY)));
    assertThat(hidden.withoutNote()).isSameAs(hidden);
  }

  @Test
  void blankNoteIsNoNoteAndInvalidStatesAreRefused() {
    assertThat(PresenceState.fromXmpp(true, Show.NONE, "  ").note()).isNull();
    assertThatThrownBy(() -> new PresenceState(false, Show.AWAY, null, OptionalInt.empty(), Set.of()))
        .hasMessageContaining("unavailable presence has no show");
    assertThatThrownBy(() -> new PresenceState(true, Show.AWAY, null, OptionalInt.of(-1), Set.of()))
        .hasMessageContaining("negative availability");
    assertThat(PresenceState.fromXmpp(false, Show.DND, null).show()).isEqualTo(Show.NONE);
    assertThat(PresenceState.unavailable().availability()).hasValue(18500);
  }
}
