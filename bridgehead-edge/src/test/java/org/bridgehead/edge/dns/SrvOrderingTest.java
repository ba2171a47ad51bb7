package org.bridgehead.edge.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SrvOrderingTest {
  private static SrvTarget t(String host, int priority, int weight) {
    return new SrvTarget(host, 5269, priority, weight, false);
  }

  @Test
  void lowerPriorityAlwaysComesFirst() {
    List<SrvTarget> input = List.of(t("c", 30, 100), t("a", 10, 1), t("b", 20, 50), t("a2", 10, 0));
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      List<SrvTarget> ordered = SrvOrdering.order(input, random);
      assertThat(ordered).extracting(SrvTarget::priority).containsExactly(10, 10, 20, 30);
      assertThat(ordered).containsExactlyInAnyOrderElementsOf(input);
    }
  }

  @Test
  void firstChoiceWithinAPriorityFollowsTheWeights() {
    // RFC 2782: random r in [0, sum]; first entry whose running sum >= r. Sum 100, so
    // P(a)=11/101 (r in 0..10), P(b)=30/101, P(c)=60/101.
    List<SrvTarget> input = List.of(t("a", 10, 10), t("b", 10, 30), t("c", 10, 60));
    Map<String, Integer> firsts = new HashMap<>();
    Random random = new Random(42);
    int runs = 20_000;
    for (int i = 0; i < runs; i++) {
      firsts.merge(SrvOrdering.order(input, random).get(0).host(), 1, Integer::sum);
    }
    assertThat(firsts.get("a") / (double) runs).isCloseTo(11 / 101.0, within(0.015));
    assertThat(firsts.get("b") / (double) runs).isCloseTo(30 / 101.0, within(0.015));
    assertThat(firsts.get("c") / (double) runs).isCloseTo(60 / 101.0, within(0.015));
  }

  @Test
  void zeroWeightGetsASmallChanceNotNone() {
    List<SrvTarget> input = List.of(t("heavy", 5, 99), t("zero", 5, 0));
    Random random = new Random(7);
    int zeroFirst = 0;
    int runs = 20_000;
    for (int i = 0; i < runs; i++) {
      if (SrvOrdering.order(input, random).get(0).host().equals("zero")) {
        zeroFirst++;
      }
    }
    // chosen only when r == 0: 1/100
    assertThat(zeroFirst / (double) runs).isCloseTo(0.01, within(0.004));
  }

  @Test
  void allZeroWeightsAreChosenUniformly() {
    List<SrvTarget> input = List.of(t("a", 0, 0), t("b", 0, 0), t("c", 0, 0), t("d", 0, 0));
    Map<String, Integer> firsts = new HashMap<>();
    Random random = new Random(3);
    for (int i = 0; i < 8_000; i++) {
      firsts.merge(SrvOrdering.order(input, random).get(0).host(), 1, Integer::sum);
    }
    assertThat(firsts).hasSize(4);
    firsts.values().forEach(n -> assertThat(n / 8_000.0).isCloseTo(0.25, within(0.03)));
  }

  @Test
  void sameSeedSameOrder() {
    List<SrvTarget> input = List.of(t("a", 10, 10), t("b", 10, 30), t("c", 10, 60), t("d", 20, 5));
    assertThat(SrvOrdering.order(input, new Random(99)))
        .isEqualTo(SrvOrdering.order(input, new Random(99)));
  }

  @Test
  void emptyInputGivesEmptyOrder() {
    assertThat(SrvOrdering.order(List.of(), new Random())).isEmpty();
  }
}
