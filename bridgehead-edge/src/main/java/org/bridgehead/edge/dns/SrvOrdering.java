package org.bridgehead.edge.dns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * RFC 2782 ordering of SRV targets: ascending priority, and within one priority the weighted random
 * selection (weight 0 entries are placed first and chosen only when the random number is 0, so
 * they get a small chance). A pure function of its input and the random generator.
 */
public final class SrvOrdering {
  private SrvOrdering() {}

  /** The targets in the order to try them. */
  public static List<SrvTarget> order(Collection<SrvTarget> targets, RandomGenerator random) {
    Map<Integer, List<SrvTarget>> byPriority = new TreeMap<>();
    for (SrvTarget t : targets) {
      byPriority.computeIfAbsent(t.priority(), p -> new ArrayList<>()).add(t);
    }
    List<SrvTarget> ordered = new ArrayList<>(targets.size());
    for (List<SrvTarget> group : byPriority.values()) {
      orderByWeight(group, random, ordered);
    }
    return List.copyOf(ordered);
  }

  private static void orderByWeight(
      List<SrvTarget> group, RandomGenerator random, List<SrvTarget> out) {
    List<SrvTarget> remaining = new ArrayList<>(group);
    // stable: zero weights first, otherwise the order given
    remaining.sort(Comparator.comparing(t -> t.weight() != 0));
    while (!remaining.isEmpty()) {
      long sum = 0;
      for (SrvTarget t : remaining) {
        sum += t.weight();
      }
      long pick = random.nextLong(sum + 1);
      int chosen = 0;
      long running = 0;
      for (int i = 0; i < remaining.size(); i++) {
        running += remaining.get(i).weight();
        if (running >= pick) {
          chosen = i;
          break;
        }
      }
      if (pick == 0) {
        chosen = pickAmongZeroWeights(remaining, random);
      }
      out.add(remaining.remove(chosen));
    }
  }

  /** With the random number 0: any of the leading zero-weight entries, uniformly, else the first. */
  private static int pickAmongZeroWeights(List<SrvTarget> remaining, RandomGenerator random) {
    int zeros = 0;
    while (zeros < remaining.size() && remaining.get(zeros).weight() == 0) {
      zeros++;
    }
    return zeros <= 1 ? 0 : random.nextInt(zeros);
  }
}
