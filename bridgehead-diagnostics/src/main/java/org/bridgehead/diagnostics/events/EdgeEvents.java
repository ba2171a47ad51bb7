package org.bridgehead.diagnostics.events;

import java.util.Optional;
import org.bridgehead.edge.events.EdgeEvent;

/**
 * Which edge events belong in the event log. The steps of setting up a stream (DNS, connect, TLS)
 * are left out: they are the test command's business and would drown the log; the outcomes stay.
 */
public final class EdgeEvents {
  private EdgeEvents() {}

  public static Optional<CatalogEvent> toCatalog(EdgeEvent e) {
    EventType type = switch (e.kind()) {
      case LISTENING -> EventType.LISTENING;
      case AUTHENTICATED, INBOUND_AUTHENTICATED -> EventType.STREAM_ESTABLISHED;
      case OUTBOUND_FAILED -> EventType.STREAM_FAILED;
      case INBOUND_REFUSED -> EventType.PARTNER_REFUSED;
      case STREAM_CLOSED -> EventType.STREAM_CLOSED;
      case DNS_RESOLVED, CONNECTING, CONNECTED, TLS_ESTABLISHED, INBOUND_ACCEPTED, DIALBACK_VERIFIED -> null;
    };
    if (type == null) return Optional.empty();
    String detail = switch (e.kind()) {
      case INBOUND_AUTHENTICATED -> "inbound stream " + e.detail(); // the outbound detail says "outbound" already
      default -> e.detail();
    };
    return Optional.of(new CatalogEvent(type, e.remote(), e.local(), detail));
  }
}
