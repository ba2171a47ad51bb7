package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentKeysTest {
  private static final long SPAN = 5_000;

  @Test
  void aKeyIsKeptForAtLeastOneSpanAndAtMostTwo() {
    RecentKeys keys = new RecentKeys(SPAN, 0);
    keys.add("z9hG4bKa", "MESSAGE", 4_999);
    assertThat(keys.contains("z9hG4bKa", "MESSAGE", 4_999 + SPAN - 1)).isTrue();
    assertThat(keys.contains("z9hG4bKa", "MESSAGE", 4_999 + SPAN)).as("rotated twice since: 5,000 and 10,000").isTrue();
    assertThat(keys.contains("z9hG4bKa", "MESSAGE", 15_000)).isFalse();
  }

  @Test
  void theMethodIsPartOfTheKey() {
    RecentKeys keys = new RecentKeys(SPAN, 0);
    keys.add("z9hG4bKa", "MESSAGE", 1);
    assertThat(keys.contains("z9hG4bKa", "NOTIFY", 2)).isFalse();
    assertThat(keys.contains("z9hG4bKb", "MESSAGE", 2)).isFalse();
    assertThat(RecentKeys.hash("ab", "c")).isNotEqualTo(RecentKeys.hash("a", "bc"));
  }

  @Test
  void aQuietSpellForgetsEverything() {
    RecentKeys keys = new RecentKeys(SPAN, 0);
    keys.add("x", "MESSAGE", 4_000);
    keys.add("y", "MESSAGE", 6_000); // rotates at 6,000: x is in the previous table
    assertThat(keys.contains("x", "MESSAGE", 8_000)).isTrue();
    assertThat(keys.contains("x", "MESSAGE", 16_000)).as("10,000 quiet: both tables are older than a span").isFalse();
    assertThat(keys.contains("y", "MESSAGE", 16_000)).isFalse();
  }

  @Test
  void holdsManyKeysAndForgetsTheBurstTwoSpansLater() {
    RecentKeys keys = new RecentKeys(SPAN, 0);
    for (int i = 0; i < 300_000; i++) keys.add("z9hG4bK" + i, "MESSAGE", 10);
    assertThat(keys.size()).isEqualTo(300_000);
    for (int i = 0; i < 300_000; i += 997) assertThat(keys.contains("z9hG4bK" + i, "MESSAGE", 20)).isTrue();
    assertThat(keys.contains("z9hG4bK-1", "MESSAGE", 20)).isFalse();
    keys.add("later", "MESSAGE", 5_010);
    keys.add("later2", "MESSAGE", 10_020);
    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.contains("later", "MESSAGE", 10_021)).isTrue();
  }

  @Test
  void aSpanHoldsAtLeastItsCapacityAndNoMore() {
    RecentKeys keys = new RecentKeys(SPAN, 3_000, 0);
    for (int i = 0; i < 10_000; i++) keys.add("k" + i, "MESSAGE", 1);
    assertThat(keys.size()).as("3,000 rounds up to 4,096 keys a table").isEqualTo(4_096);
    assertThat(keys.contains("k0", "MESSAGE", 2)).isTrue();
    assertThat(keys.contains("k9999", "MESSAGE", 2)).as("past the capacity: not remembered").isFalse();
  }

  @Test
  void refusesANonPositiveSpanOrACapacityOutOfRange() {
    assertThatThrownBy(() -> new RecentKeys(0, 10, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("span");
    assertThatThrownBy(() -> new RecentKeys(SPAN, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxKeys");
    assertThatThrownBy(() -> new RecentKeys(SPAN, (1 << 28) + 1, 0)).hasMessageContaining("maxKeys must be 1 to 2^28");
  }

  @Test
  void addIfAbsentTellsANewKeyFromOneRememberedInEitherTable() {
    RecentKeys keys = new RecentKeys(SPAN, 0);
    assertThat(keys.addIfAbsent("z9hG4bKa", "MESSAGE", 1)).isTrue();
    assertThat(keys.addIfAbsent("z9hG4bKa", "MESSAGE", 2)).isFalse();
    assertThat(keys.addIfAbsent("z9hG4bKa", "MESSAGE", SPAN + 1)).as("in the previous table after one rotation").isFalse();
    assertThat(keys.size()).isEqualTo(1);
    assertThat(keys.addIfAbsent("z9hG4bKa", "MESSAGE", 3 * SPAN + 2)).as("forgotten two spans later").isTrue();
  }
}
