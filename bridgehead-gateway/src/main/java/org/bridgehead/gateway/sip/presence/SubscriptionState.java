package org.bridgehead.gateway.sip.presence;

/** The Subscription-State of a watcher (RFC 6665 §4.1.3) with the reason of a termination. */
public record SubscriptionState(Kind kind, String reason) {
  public enum Kind { ACTIVE, PENDING, TERMINATED }

  public static final SubscriptionState ACTIVE = new SubscriptionState(Kind.ACTIVE, null);
  public static final SubscriptionState PENDING = new SubscriptionState(Kind.PENDING, null);

  /** reason: deactivated, probation, rejected, timeout, giveup, noresource, invariant (RFC 6665 §4.2.2). */
  public static SubscriptionState terminated(String reason) { return new SubscriptionState(Kind.TERMINATED, reason); }

  /** The header value, with the remaining lifetime for a live subscription. */
  String header(long expiresSeconds) {
    return switch (kind) {
      case ACTIVE -> "active;expires=" + expiresSeconds;
      case PENDING -> "pending;expires=" + expiresSeconds;
      case TERMINATED -> "terminated" + (reason == null ? "" : ";reason=" + reason);
    };
  }
}
