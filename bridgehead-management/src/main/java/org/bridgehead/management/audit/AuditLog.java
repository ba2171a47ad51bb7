package org.bridgehead.management.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Reads the audit log. Rows are written only by the store, inside the transaction they describe. */
public final class AuditLog {
  private static final String COLUMNS =
      "SELECT id, change_id, changed_at, actor, object_type, object_id, action, before_json, after_json FROM audit_log ";
  private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(rs.getLong("id"),
      rs.getLong("change_id"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
      rs.getString("object_type"), rs.getString("object_id"), ChangeAction.valueOf(rs.getString("action")),
      rs.getString("before_json"), rs.getString("after_json"));

  private final Jdbi jdbi;

  public AuditLog(Jdbi jdbi) { this.jdbi = jdbi; }

  /** The newest {@code limit} entries, newest first. */
  public List<AuditEntry> recent(int limit) {
    return jdbi.withHandle(h -> h.createQuery(COLUMNS + "ORDER BY id DESC LIMIT :limit").bind("limit", limit)
        .map(MAPPER).list());
  }

  /** Every entry of one object, oldest first. */
  public List<AuditEntry> forObject(String objectType, String objectId) {
    return jdbi.withHandle(h -> h.createQuery(COLUMNS + "WHERE object_type = :t AND object_id = :o ORDER BY id")
        .bind("t", objectType).bind("o", objectId).map(MAPPER).list());
  }

  /** Entries of changes after {@code changeId}, oldest first: how another node catches up after polling. */
  public List<AuditEntry> since(long changeId) {
    return jdbi.withHandle(h -> h.createQuery(COLUMNS + "WHERE change_id > :c ORDER BY id").bind("c", changeId)
        .map(MAPPER).list());
  }

  /** The store-wide change counter: it grows with every committed change, on every node of a pool. */
  public long lastChangeId() {
    return jdbi.withHandle(h -> h.createQuery("SELECT counter FROM change_counter WHERE id = 1").mapTo(Long.class).one());
  }
}
