package org.bridgehead.management.audit;

import java.time.Instant;

/** One audit log row: who changed which object when, and its JSON before and after (null when absent). */
public record AuditEntry(long id, long changeId, Instant at, String actor, String objectType, String objectId,
    ChangeAction action, String beforeJson, String afterJson) {

  public ChangeEvent event() { return new ChangeEvent(changeId, objectType, objectId, action, actor, at); }
}
