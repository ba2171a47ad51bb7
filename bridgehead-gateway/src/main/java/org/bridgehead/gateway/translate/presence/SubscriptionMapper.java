package org.bridgehead.gateway.translate.presence;

import java.util.Optional;
import java.util.Set;

/**
 * Subscriptions across the gateway (RFC 8048 §4–§5 on RFC 6665 / RFC 3856): XMPP subscription presences
 * ↔ SUBSCRIBE and NOTIFY with Subscription-State, and what a failed refresh SUBSCRIBE means for the XMPP
 * side. Pure decisions: the SIP adapter sends the requests, the presence service keeps the state.
 */
public final class SubscriptionMapper {
  /**
   * RFC 6665 §4.1.2.2: a refresh SUBSCRIBE answered with one of these ends the subscription; any other
   * failure leaves it in place until it expires, so the refresh is retried.
   */
  public static final Set<Integer> REFRESH_TERMINATING = Set.of(404, 405, 410, 416, 480, 481, 482, 483, 484, 485, 489, 501, 604);

  /** What the gateway sends on the SIP side. */
  public sealed interface SipAction permits Subscribe, Notify {}

  /** A SUBSCRIBE for the presence event package; expires 0 fetches once (probe) or ends (unsubscribe). */
  public record Subscribe(int expires) implements SipAction {
    public Subscribe {
      if (expires < 0) throw new IllegalArgumentException("negative expires");
    }
  }

  /** A NOTIFY to a SIP watcher with this Subscription-State. */
  public record Notify(SubscriptionState state) implements SipAction {}

  /** What a NOTIFY's Subscription-State means for the XMPP subscriber. */
  public enum NotifyOutcome {
    /** Send {@code subscribed} to the XMPP user (first active NOTIFY). */
    SUBSCRIBED,
    /** Pending authorization: nothing to tell yet. */
    WAIT,
    /** Terminated, but a new SUBSCRIBE may follow now (deactivated, timeout). */
    RESUBSCRIBE_NOW,
    /** Terminated; a new SUBSCRIBE may follow after retry-after (probation, giveup). */
    RESUBSCRIBE_LATER,
    /** Terminated for good (rejected, noresource, invariant, or no reason): send {@code unsubscribed}. */
    UNSUBSCRIBED
  }

  /** What a final response to a refresh SUBSCRIBE means. */
  public enum RefreshOutcome {
    /** 2xx: the subscription goes on. */
    REFRESHED,
    /** 423 Interval Too Brief: refresh again with the response's Min-Expires. */
    RETRY_WITH_MIN_EXPIRES,
    /** Other failures: the subscription holds until it expires; retry the refresh. */
    RETRY,
    /** {@link #REFRESH_TERMINATING}: the subscription is over; the XMPP subscriber gets unavailable then unsubscribed. */
    TERMINATED
  }

  private SubscriptionMapper() {}

  /**
   * XMPP → SIP: subscribe → SUBSCRIBE (expires {@code expires}); unsubscribe → SUBSCRIBE expires 0;
   * probe → SUBSCRIBE expires 0 (a one-time fetch); subscribed → NOTIFY active; unsubscribed → NOTIFY
   * terminated;reason=rejected.
   */
  public static SipAction toSip(XmppSubscription type, int expires) {
    return switch (type) {
      case SUBSCRIBE -> new Subscribe(expires);
      case UNSUBSCRIBE, PROBE -> new Subscribe(0);
      case SUBSCRIBED -> new Notify(SubscriptionState.active(expires));
      case UNSUBSCRIBED -> new Notify(SubscriptionState.terminated(SubscriptionState.Reason.REJECTED));
    };
  }

  /** SIP SUBSCRIBE → XMPP: expires above 0 is subscribe, 0 is unsubscribe. */
  public static XmppSubscription fromSubscribe(int expires) {
    if (expires < 0) throw new IllegalArgumentException("negative expires");
    return expires > 0 ? XmppSubscription.SUBSCRIBE : XmppSubscription.UNSUBSCRIBE;
  }

  /** SIP NOTIFY → XMPP. */
  public static NotifyOutcome fromNotify(SubscriptionState state) {
    return switch (state.state()) {
      case ACTIVE -> NotifyOutcome.SUBSCRIBED;
      case PENDING -> NotifyOutcome.WAIT;
      case TERMINATED -> state.reason() == null ? NotifyOutcome.UNSUBSCRIBED : switch (state.reason().retry()) {
        case NOW -> NotifyOutcome.RESUBSCRIBE_NOW;
        case LATER -> NotifyOutcome.RESUBSCRIBE_LATER;
        case NEVER -> NotifyOutcome.UNSUBSCRIBED;
      };
    };
  }

  /** The XMPP presence type a NOTIFY outcome sends, if any. */
  public static Optional<XmppSubscription> xmppStanza(NotifyOutcome outcome) {
    return switch (outcome) {
      case SUBSCRIBED -> Optional.of(XmppSubscription.SUBSCRIBED);
      case UNSUBSCRIBED -> Optional.of(XmppSubscription.UNSUBSCRIBED);
      default -> Optional.empty();
    };
  }

  /** A final response to a refresh SUBSCRIBE. */
  public static RefreshOutcome onRefreshResponse(int status) {
    if (status < 200 || status > 699) throw new IllegalArgumentException("not a final SIP response: " + status);
    if (status < 300) return RefreshOutcome.REFRESHED;
    if (status == 423) return RefreshOutcome.RETRY_WITH_MIN_EXPIRES;
    return REFRESH_TERMINATING.contains(status) ? RefreshOutcome.TERMINATED : RefreshOutcome.RETRY;
  }
}
