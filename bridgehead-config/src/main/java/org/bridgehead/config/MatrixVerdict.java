package org.bridgehead.config;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of the partner negotiation matrix (SPEC §2).
 *
 * @param row the row number, 1 to 18, as in "Negotiation settings for XMPP federated partners"
 * @param expectedMethods the authentication methods a stream with this partner is expected to use; empty
 *     for rows where no method is possible
 * @param verdict whether the combination may be saved
 * @param message why the row warns or is refused; empty for {@link Verdict#OK}
 */
public record MatrixVerdict(int row, Set<AuthMethod> expectedMethods, Verdict verdict, String message) {

  /** Whether a combination may be saved. */
  public enum Verdict {
    OK,
    /** May be saved; the message explains what may go wrong. */
    WARNING,
    /** Refused. */
    INVALID
  }

  public MatrixVerdict {
    expectedMethods = expectedMethods.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(expectedMethods));
  }
}
