package org.bridgehead.diagnostics.federation;

/** Times one step: started when made, read when the step's outcome is known. */
final class StepClock {
  private final long start = System.nanoTime();
  private final String name;

  StepClock(String name) {
    this.name = name;
  }

  Step pass(String detail) {
    return step(StepStatus.PASS, detail, null);
  }

  Step info(String detail) {
    return step(StepStatus.INFO, detail, null);
  }

  Step warn(String detail, String fix) {
    return step(StepStatus.WARN, detail, fix);
  }

  Step fail(String detail, String fix) {
    return step(StepStatus.FAIL, detail, fix);
  }

  Step step(StepStatus status, String detail, String fix) {
    return new Step(name, status, (System.nanoTime() - start) / 1_000_000, detail, fix);
  }

  /** A result whose status is decided later (a failed candidate is only a warning if another answers). */
  record Timed(String name, long millis, String detail, String fix) {
    Step as(StepStatus status) {
      return new Step(name, status, millis, detail, fix);
    }
  }

  Timed timed(String detail, String fix) {
    return new Timed(name, (System.nanoTime() - start) / 1_000_000, detail, fix);
  }

  static Step skip(String name, String why) {
    return new Step(name, StepStatus.SKIP, 0, why, null);
  }
}
