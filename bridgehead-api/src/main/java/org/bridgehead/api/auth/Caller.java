package org.bridgehead.api.auth;

import org.bridgehead.management.model.AdminRole;

/** Who made a request: the audit log's actor and what the role allows. */
public record Caller(String actor, AdminRole role) {}
