package org.bridgehead.diagnostics.federation;

import java.util.Objects;

/**
 * One step of a federation probe.
 *
 * @param name the step, e.g. "dns-srv", "tcp-connect"
 * @param millis how long it took
 * @param detail what was seen
 * @param fix what the administrator should do; null when nothing is to be done
 */
public record Step(String name, StepStatus status, long millis, String detail, String fix) {
  public Step {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  public boolean failed() {
    return status == StepStatus.FAIL;
  }
}
