package org.bridgehead.gateway.trust;

import java.util.Objects;
import java.util.Optional;

/** The trust rules' answer: allowed, or refused with a {@link Refusal}. */
public record Decision(Optional<Refusal> refusal) {
  private static final Decision ALLOW = new Decision(Optional.empty());

  public Decision {
    Objects.requireNonNull(refusal);
  }

  public static Decision allow() { return ALLOW; }

  public static Decision refuse(Refusal why) { return new Decision(Optional.of(why)); }

  public boolean allowed() { return refusal.isEmpty(); }
}
