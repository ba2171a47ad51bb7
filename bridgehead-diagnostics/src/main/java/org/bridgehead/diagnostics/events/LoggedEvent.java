package org.bridgehead.diagnostics.events;

import java.time.Instant;

/**
 * One stored event.
 *
 * @param partner the partner domain, or null
 * @param hint what to check (from the catalog), or null
 */
public record LoggedEvent(long sequence, Instant at, int id, String type, Severity severity, String node,
    String partner, String local, String message, String hint) {}
