package org.bridgehead.management.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.audit.ChangeEvent;
import org.bridgehead.management.json.Json;
import org.jdbi.v3.core.Handle;

/** One write transaction: its handle, its actor, and the audit rows it writes as it goes. */
public final class Tx {
  private final Handle handle;
  private final String actor;
  private final long changeId;
  // Microseconds: what both databases store, so an event equals its audit row read back.
  private final Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final List<ChangeEvent> events = new ArrayList<>();

  Tx(Handle handle, String actor, long changeId) {
    this.handle = handle;
    this.actor = actor;
    this.changeId = changeId;
  }

  public Handle handle() { return handle; }

  public String actor() { return actor; }

  /** Records one change in the audit log, in this transaction; before/after are serialized as JSON. */
  public void audit(String objectType, String objectId, ChangeAction action, Object before, Object after) {
    handle.createUpdate("INSERT INTO audit_log (change_id, changed_at, actor, object_type, object_id, action,"
            + " before_json, after_json) VALUES (:c, :at, :actor, :type, :id, :action, :before, :after)")
        .bind("c", changeId).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).bind("actor", actor)
        .bind("type", objectType).bind("id", objectId).bind("action", action.name())
        .bind("before", Json.write(before)).bind("after", Json.write(after)).execute();
    events.add(new ChangeEvent(changeId, objectType, objectId, action, actor, at));
  }

  List<ChangeEvent> events() { return events; }
}
