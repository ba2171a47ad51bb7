package org.bridgehead.diagnostics.federation;

/** The outcome of one probe step. Only {@link #FAIL} makes the command exit 1. */
public enum StepStatus {
  PASS,
  /** Worked, but something deserves a look (e.g. a candidate failed before another answered). */
  WARN,
  FAIL,
  /** A fact reported without judgement (e.g. which auth methods were offered). */
  INFO,
  /** Not run because an earlier step failed or the option it needs was not given. */
  SKIP
}
