package org.bridgehead.gateway.sip.stack.netty;

/**
 * The transaction timers' base values (RFC 3261 §17.1.1.1, table 4), in milliseconds. Tests shrink them.
 *
 * @param t1 round-trip estimate: first retransmission interval (Timers A, E, G)
 * @param t2 the cap on non-INVITE and INVITE-response retransmission intervals
 * @param t4 how long a message may stay in the network (Timer K)
 */
record SipTimers(long t1, long t2, long t4) {
  static final SipTimers RFC3261 = new SipTimers(500, 4000, 5000);

  SipTimers {
    if (t1 < 1 || t2 < t1 || t4 < 1) throw new IllegalArgumentException("need 1 <= T1 <= T2 and T4 >= 1");
  }

  /** Timers B, F, H and J: 64·T1, how long a transaction waits at most. */
  long wait64() { return 64 * t1; }
}
