package org.bridgehead.edge.routing;

import org.bridgehead.config.AuthMethod;

/** A snapshot of one outbound link for status and diagnostics. */
public record LinkStatus(DomainPair pair, String state, AuthMethod authenticatedBy, int queued, LinkFailure lastFailure) {}
