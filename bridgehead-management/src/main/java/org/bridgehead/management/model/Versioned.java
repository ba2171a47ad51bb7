package org.bridgehead.management.model;

/** A record from the config module (which has no version) together with its stored version. */
public record Versioned<T>(T value, long version) {}
