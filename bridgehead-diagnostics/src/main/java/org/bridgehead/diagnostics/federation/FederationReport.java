package org.bridgehead.diagnostics.federation;

import java.util.List;

/** Every step of one probe of a partner domain, in the order they ran. */
public record FederationReport(String domain, List<Step> steps) {
  public FederationReport {
    steps = List.copyOf(steps);
  }

  /** True when no step failed. */
  public boolean passed() {
    return steps.stream().noneMatch(Step::failed);
  }

  /** The first step with this name; for tests and callers that look for one check. */
  public Step step(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + name + " in " + steps));
  }
}
