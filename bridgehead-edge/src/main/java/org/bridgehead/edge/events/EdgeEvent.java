package org.bridgehead.edge.events;

import java.time.Instant;

/**
 * Something the edge did or saw, for diagnostics, the event log and the test command's step list.
 *
 * @param local our domain, or empty when not known yet
 * @param remote the partner domain, or empty when not known yet
 */
public record EdgeEvent(Instant at, Kind kind, String local, String remote, String detail) {
  public enum Kind {
    LISTENING,
    DNS_RESOLVED,
    CONNECTING,
    CONNECTED,
    TLS_ESTABLISHED,
    AUTHENTICATED,
    OUTBOUND_FAILED,
    INBOUND_ACCEPTED,
    INBOUND_AUTHENTICATED,
    INBOUND_REFUSED,
    DIALBACK_VERIFIED,
    STREAM_CLOSED
  }

  public static EdgeEvent of(Kind kind, Object local, Object remote, String detail) {
    return new EdgeEvent(Instant.now(), kind, local == null ? "" : local.toString(),
        remote == null ? "" : remote.toString(), detail);
  }

  @Override
  public String toString() {
    return kind + " " + (local.isEmpty() ? "?" : local) + " -> " + (remote.isEmpty() ? "?" : remote) + ": " + detail;
  }
}
