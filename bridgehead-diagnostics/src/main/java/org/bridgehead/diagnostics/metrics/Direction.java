package org.bridgehead.diagnostics.metrics;

import java.util.Locale;

/** Which way a stream or stanza goes, as a metric tag. */
public enum Direction {
  INBOUND,
  OUTBOUND;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
