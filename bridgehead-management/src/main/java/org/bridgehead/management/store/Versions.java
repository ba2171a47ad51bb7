package org.bridgehead.management.store;

import org.bridgehead.management.validation.NotFoundException;
import org.bridgehead.management.validation.StaleUpdateException;

/** Optimistic concurrency checks, made inside the write transaction (writers are serialized there). */
public final class Versions {
  private Versions() {}

  /**
   * Requires the stored object to exist at the expected version.
   *
   * @param stored the stored object's version, or null when there is none
   */
  public static void expect(String type, String id, Long stored, long expected) {
    if (stored == null) {
      if (expected > 0) throw new StaleUpdateException(type, id, expected, 0);
      throw new NotFoundException(type, id);
    }
    if (stored != expected) throw new StaleUpdateException(type, id, expected, stored);
  }

  /** Requires an update statement (guarded by {@code AND version = :expected}) to have hit its row. */
  public static void hit(int rows, String type, String id, long expected) {
    // Unreachable while writers are serialized; kept so that a future unserialized path cannot overwrite.
    if (rows != 1) throw new StaleUpdateException(type, id, expected, -1);
  }
}
