package org.bridgehead.diagnostics.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEventListener;

/**
 * Feeds {@link BridgeheadMetrics} from edge events: streams established and closed, failures by
 * condition. Refused inbound streams count as errors without a partner tag, since their domain is
 * whatever a stranger claimed.
 */
public final class EdgeMetricsListener implements EdgeEventListener {
  /** An XMPP condition name leading a failure text, e.g. "remote-server-not-found: ...". */
  private static final Pattern CONDITION = Pattern.compile("^([a-z]+(?:-[a-z]+)+)\\b");

  private final BridgeheadMetrics metrics;

  public EdgeMetricsListener(BridgeheadMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void onEvent(EdgeEvent e) {
    switch (e.kind()) {
      case AUTHENTICATED -> metrics.streamOpened(e.remote(), Direction.OUTBOUND);
      case INBOUND_AUTHENTICATED -> metrics.streamOpened(e.remote(), Direction.INBOUND);
      case STREAM_CLOSED -> metrics.streamClosed(e.remote(),
          e.detail() != null && e.detail().startsWith("inbound") ? Direction.INBOUND : Direction.OUTBOUND);
      case OUTBOUND_FAILED -> metrics.error(condition(e.detail(), "outbound-stream-failed"));
      case INBOUND_REFUSED -> metrics.error("inbound-stream-refused");
      default -> { } // set-up steps are not metrics
    }
  }

  static String condition(String detail, String fallback) {
    if (detail == null) return fallback;
    Matcher m = CONDITION.matcher(detail);
    return m.find() ? m.group(1) : fallback;
  }
}
