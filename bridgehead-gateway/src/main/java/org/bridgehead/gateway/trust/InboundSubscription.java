package org.bridgehead.gateway.trust;

/** What to do with an XMPP user's request to see a local user's presence. */
public enum InboundSubscription {
  /** Approve at once, without asking the local user (Federated and PublicVerified partners). */
  APPROVE,
  /**
   * Keep the request pending without telling the local user (PublicUnverified, contact not added): it is
   * approved the moment the local user adds that contact. RFC 6121 §3.1 lets a request stay pending.
   */
  PEND,
  /** Refuse: answer {@code unsubscribed} (the local user may not be seen over XMPP). */
  REFUSE
}
