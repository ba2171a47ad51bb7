package org.bridgehead.management.audit;

import java.time.Instant;

/**
 * One committed change, as told to change listeners and as read back from the audit log by other nodes.
 *
 * @param changeId the store-wide change counter value of the transaction (shared by all its events)
 * @param objectType the CLI noun, e.g. {@code xmpp-partner}
 */
public record ChangeEvent(long changeId, String objectType, String objectId, ChangeAction action, String actor,
    Instant at) {}
