package org.bridgehead.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Default JMH run lengths (2 × 2 s warm-up, 3 × 2 s measured, one fork) unless the caller set them. */
final class MicroDefaults {
  private static final List<List<String>> DEFAULTS = List.of(
      List.of("-wi", "2"), List.of("-i", "3"), List.of("-w", "2s"), List.of("-r", "2s"), List.of("-f", "1"));

  private MicroDefaults() {}

  static String[] withDefaults(String[] args) {
    Set<String> given = new HashSet<>(List.of(args)); // not Set.of: values repeat (-wi 1 -i 1)
    List<String> out = new ArrayList<>();
    for (List<String> option : DEFAULTS) {
      if (!given.contains(option.get(0))) out.addAll(option);
    }
    out.addAll(List.of(args));
    return out.toArray(String[]::new);
  }
}
