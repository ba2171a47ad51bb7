package org.bridgehead.diagnostics.events;

import java.time.Instant;

/**
 * A filter on the event log; null fields do not filter.
 *
 * @param minimum keep this severity and worse
 * @param limit the newest this many (1..10000)
 */
public record EventQuery(Instant since, Severity minimum, Integer id, String partner, int limit) {
  public EventQuery {
    if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be from 1 to 10000");
  }

  public static EventQuery all() {
    return new EventQuery(null, null, null, null, 10_000);
  }
}
