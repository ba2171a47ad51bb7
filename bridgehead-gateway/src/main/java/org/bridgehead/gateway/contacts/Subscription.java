package org.bridgehead.gateway.contacts;

/** One direction of a presence subscription (RFC 6121 §3, seen from the side that watches). */
public enum Subscription {
  NONE,
  /** Requested, not yet approved. */
  PENDING,
  ACTIVE
}
