package org.bridgehead.diagnostics.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * The stored event log (table {@code event_log}, migration V6): events from the catalog with the
 * node that saw them, queried by time, severity, id and partner, pruned to the {@link Retention}.
 * Blocking: callers on network threads go through {@link EdgeEventLogger}.
 */
public final class EventLog {
  /** Pruning costs two statements; doing it every hundred events keeps the table near its bounds. */
  private static final int PRUNE_EVERY = 100;
  private static final int MAX_TEXT = 4000;

  private final Jdbi jdbi;
  private final String node;
  private final Retention retention;
  private final Clock clock;
  private final AtomicLong recorded = new AtomicLong();

  public EventLog(Jdbi jdbi, String node, Retention retention, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi);
    this.node = Objects.requireNonNull(node);
    this.retention = Objects.requireNonNull(retention);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Stores one event and returns it as stored. */
  public LoggedEvent record(EventType type, String partnerDomain, String localDomain, String detail) {
    String partner = lower(partnerDomain);
    String local = lower(localDomain);
    String message = clip(type.message(partner, local, detail));
    OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    long sequence = jdbi.withHandle(h -> h.createUpdate("INSERT INTO event_log (occurred_at, event_id, severity, node,"
            + " partner, local_domain, message, detail) VALUES (:at, :id, :sev, :node, :partner, :local, :msg, :detail)")
        .bind("at", at).bind("id", type.id()).bind("sev", type.severity().name()).bind("node", node)
        .bind("partner", partner).bind("local", local).bind("msg", message).bind("detail", clip(detail))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    if (recorded.incrementAndGet() % PRUNE_EVERY == 0) prune();
    return new LoggedEvent(sequence, at.toInstant(), type.id(), type.name(), type.severity(), node, partner,
        local, message, type.hint(partner, local, detail));
  }

  /** Removes events older than the retention age, then all but the newest {@code maxRows}; returns how many. */
  public int prune() {
    OffsetDateTime cutoff = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(retention.maxAge());
    return jdbi.withHandle(h -> {
      int old = h.createUpdate("DELETE FROM event_log WHERE occurred_at < :cutoff").bind("cutoff", cutoff).execute();
      List<Long> boundary = h.createQuery("SELECT id FROM event_log ORDER BY id DESC LIMIT 1 OFFSET :n")
          .bind("n", retention.maxRows()).mapTo(Long.class).list();
      int excess = boundary.isEmpty() ? 0
          : h.createUpdate("DELETE FROM event_log WHERE id <= :id").bind("id", boundary.get(0)).execute();
      return old + excess;
    });
  }

  /** Matching events, newest first. */
  public List<LoggedEvent> query(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT * FROM event_log WHERE 1 = 1");
    Map<String, Object> binds = new HashMap<>();
    if (q.since() != null) {
      sql.append(" AND occurred_at >= :since");
      binds.put("since", q.since().atOffset(ZoneOffset.UTC));
    }
    if (q.minimum() != null) {
      List<String> levels = new ArrayList<>();
      for (Severity s : Severity.values()) if (s.atLeast(q.minimum())) levels.add(s.name());
      sql.append(" AND severity IN (<levels>)");
      binds.put("levels", levels);
    }
    if (q.id() != null) {
      sql.append(" AND event_id = :id");
      binds.put("id", q.id());
    }
    if (q.partner() != null) {
      sql.append(" AND partner = :partner");
      binds.put("partner", lower(q.partner()));
    }
    sql.append(" ORDER BY id DESC LIMIT :limit");
    return jdbi.withHandle(h -> {
      var query = h.createQuery(sql.toString()).bind("limit", q.limit());
      binds.forEach((k, v) -> {
        if (v instanceof List<?> list) query.bindList(k, list); else query.bind(k, v);
      });
      return query.map((rs, ctx) -> row(rs)).list();
    });
  }

  private static LoggedEvent row(ResultSet rs) throws SQLException {
    int id = rs.getInt("event_id");
    EventType type = EventType.byId(id).orElse(null);
    String partner = rs.getString("partner");
    String local = rs.getString("local_domain");
    String detail = rs.getString("detail");
    return new LoggedEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), id,
        type == null ? "UNKNOWN" : type.name(), Severity.valueOf(rs.getString("severity")), rs.getString("node"),
        partner, local, rs.getString("message"), type == null ? null : type.hint(partner, local, detail));
  }

  private static String lower(String s) {
    return s == null || s.isEmpty() ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String clip(String s) {
    return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
  }
}
