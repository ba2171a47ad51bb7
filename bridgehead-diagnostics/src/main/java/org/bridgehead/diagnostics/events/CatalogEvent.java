package org.bridgehead.diagnostics.events;

/** A catalog event not yet stored: what {@link EdgeEvents} makes of an edge event. */
public record CatalogEvent(EventType type, String partner, String local, String detail) {}
