package org.bridgehead.diagnostics.events;

import java.util.Locale;

/** Lync's event levels, least severe first: a filter keeps its level and the ones after it. */
public enum Severity {
  INFORMATION,
  WARNING,
  ERROR;

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** "warning", "warn", "error", "info", "information" in any case. */
  public static Severity parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.equals("INFO")) return INFORMATION;
    if (t.equals("WARN")) return WARNING;
    try {
      return valueOf(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + text + "': use information, warning or error");
    }
  }
}
