package org.bridgehead.management.model;

/**
 * An administrator account. Like {@link LocalUser}, the password hash is not part of the record: it
 * cannot leak into API output or the audit log.
 */
public record Administrator(String name, AdminRole role, long version) {}
