package org.bridgehead.gateway.translate.presence;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The Subscription-State header of a NOTIFY (RFC 6665 §8.2.3, §4.1.3):
 * {@code active;expires=3600}, {@code pending}, {@code terminated;reason=rejected;retry-after=30}.
 *
 * @param reason only for TERMINATED, null when absent
 */
public record SubscriptionState(State state, Reason reason, OptionalInt expires, OptionalInt retryAfter) {
  /** The substate values. */
  public enum State { ACTIVE, PENDING, TERMINATED }

  /** RFC 6665 §4.1.3 reasons, with what the subscriber may do next. */
  public enum Reason {
    DEACTIVATED(Retry.NOW), PROBATION(Retry.LATER), REJECTED(Retry.NEVER), TIMEOUT(Retry.NOW),
    GIVEUP(Retry.LATER), NORESOURCE(Retry.NEVER), INVARIANT(Retry.NEVER);

    private final Retry retry;

    Reason(Retry retry) {
      this.retry = retry;
    }

    public Retry retry() { return retry; }

    public String value() { return name().toLowerCase(Locale.ROOT); }
  }

  /** Whether and when a new SUBSCRIBE may follow a termination (RFC 6665 §4.1.3). */
  public enum Retry { NOW, LATER, NEVER }

  public SubscriptionState {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (reason != null && state != State.TERMINATED) throw new IllegalArgumentException("a reason goes only with terminated");
    if (expires.isPresent() && expires.getAsInt() < 0 || retryAfter.isPresent() && retryAfter.getAsInt() < 0) {
      throw new IllegalArgumentException("negative expires or retry-after");
    }
  }

  public static SubscriptionState active(int expires) {
    return new SubscriptionState(State.ACTIVE, null, OptionalInt.of(expires), OptionalInt.empty());
  }

  public static SubscriptionState terminated(Reason reason) {
    return new SubscriptionState(State.TERMINATED, reason, OptionalInt.empty(), OptionalInt.empty());
  }

  /** Parses a header value; unknown parameters are skipped, an unknown substate or reason is refused. */
  public static SubscriptionState parse(String header) {
    if (header == null || header.isBlank()) throw new IllegalArgumentException("empty Subscription-State");
    String[] parts = header.split(";");
    State state = enumValue(State.class, parts[0], header);
    Reason reason = null;
    OptionalInt expires = OptionalInt.empty();
    OptionalInt retryAfter = OptionalInt.empty();
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].strip().split("=", 2);
      String key = kv[0].strip().toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? kv[1].strip() : "";
      switch (key) {
        case "reason" -> reason = state == State.TERMINATED ? enumValue(Reason.class, value, header) : null;
        case "expires" -> expires = OptionalInt.of(seconds(value, header));
        case "retry-after" -> retryAfter = OptionalInt.of(seconds(value, header));
        default -> { } // extension parameters
      }
    }
    return new SubscriptionState(state, reason, expires, retryAfter);
  }

  /** The header value. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(state.name().toLowerCase(Locale.ROOT));
    if (reason != null) b.append(";reason=").append(reason.value());
    expires.ifPresent(e -> b.append(";expires=").append(e));
    retryAfter.ifPresent(r -> b.append(";retry-after=").append(r));
    return b.toString();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String header) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown value '" + value.strip() + "' in Subscription-State: " + header);
    }
  }

  private static int seconds(String value, String header) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) return n;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("bad seconds '" + value + "' in Subscription-State: " + header);
  }
}
