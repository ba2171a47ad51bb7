package org.bridgehead.diagnostics.cli;

/** How a diagnostics command prints: for people, or one JSON document for scripts. */
public enum OutputFormat {
  TEXT,
  JSON
}
