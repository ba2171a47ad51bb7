package org.bridgehead.diagnostics.events;

import java.time.Duration;

/** How much of the event log is kept: events younger than {@code maxAge}, at most {@code maxRows}. */
public record Retention(Duration maxAge, long maxRows) {
  public static final Retention DEFAULT = new Retention(Duration.ofDays(30), 100_000);

  public Retention {
    if (maxAge.isNegative() || maxAge.isZero()) throw new IllegalArgumentException("maxAge must be positive");
    if (maxRows < 1) throw new IllegalArgumentException("maxRows must be at least 1");
  }
}
