package org.bridgehead.diagnostics.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The stored event log (table {@code event_log}, migration V6): events from the catalog with the
 * node that saw them, queried by time, severity, id and partner, pruned to the {@link Retention}.
 * Blocking: callers on network threads go through {@link EdgeEventLogger}.
 */
public final class EventLog {
  /** Pruning costs two statements; doing it every hundred events keeps the table near its bounds. */
  private static final int PRUNE_EVERY = 100;
  private static final int MAX_TEXT = 4000;
  private static final String INSERT = "INSERT INTO event_log (occurred_at, event_id, severity, node, partner,"
      + " local_domain, message, detail) VALUES (:at, :id, :sev, :node, :partner, :local, :msg, :detail)";

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

  /** An event and when it happened, for {@link #recordAll}. */
  public record Occurred(CatalogEvent event, Instant at) {
    public Occurred {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(at, "at");
    }
  }

  /** Now, on this log's clock. */
  public Instant now() { return clock.instant(); }

  /** Stores one event, now, and waits for the write. */
  public void record(EventType type, String partnerDomain, String localDomain, String detail) {
    recordAll(List.of(new Occurred(new CatalogEvent(type, partnerDomain, localDomain, detail), now())));
  }

  /**
   * Stores events in one transaction, in order: a burst of partner streams (thousands reconnecting after a
   * restart) is one write instead of one per stream. All or none; {@link EdgeEventLogger} retries one by one.
   */
  public void recordAll(List<Occurred> events) {
    if (events.isEmpty()) return;
    jdbi.useTransaction(h -> {
      PreparedBatch batch = h.prepareBatch(INSERT);
      for (Occurred o : events) {
        CatalogEvent e = o.event();
        String partner = lower(e.partner());
        String local = lower(e.local());
        batch.bind("at", o.at().atOffset(ZoneOffset.UTC)).bind("id", e.type().id())
            .bind("sev", e.type().severity().name()).bind("node", node).bind("partner", partner).bind("local", local)
            .bind("msg", clip(e.type().message(partner, local, e.detail()))).bind("detail", clip(e.detail())).add();
      }
      batch.execute();
    });
    counted(events.size());
  }

  /** Prunes each time the count of stored events passes a multiple of {@link #PRUNE_EVERY}. */
  private void counted(int stored) {
    long after = recorded.addAndGet(stored);
    if (after / PRUNE_EVERY != (after - stored) / PRUNE_EVERY) prune();
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
