package org.bridgehead.management.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bridgehead.management.audit.AuditLog;
import org.bridgehead.management.audit.ChangeEvent;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management store: a connection pool, the schema (migrated by Flyway on open) and the write path
 * that versions, audits and announces every change.
 */
public final class ManagementStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ManagementStore.class);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final AuditLog auditLog;
  private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();
  // Set while a what-if runs on this thread; collects the changes that were rolled back.
  private static final ThreadLocal<List<ChangeEvent>> WHAT_IF = new ThreadLocal<>();

  private ManagementStore(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.auditLog = new AuditLog(jdbi);
  }

  /** Opens (creating if needed) the store and brings its schema up to date. */
  public static ManagementStore open(StoreLocation location) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    config.setUsername(location.user());
    config.setPassword(location.password());
    config.setMaximumPoolSize(4); // a management plane: few writers, and they serialize anyway
    config.setPoolName("bridgehead-management");
    HikariDataSource ds = new HikariDataSource(config);
    try {
      // outOfOrder: migration numbers were reserved per feature, and V5 shipped before V4, V6 and V7
      // existed; a store created then must still take the lower-numbered ones when it upgrades
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true).load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new ManagementStore(ds);
  }

  public Jdbi jdbi() { return jdbi; }

  public AuditLog auditLog() { return auditLog; }

  /** Runs read-only work on one handle. */
  public <T> T read(Function<Handle, T> work) { return jdbi.withHandle(work::apply); }

  /**
   * Runs a change in one transaction. The change counter row is bumped first, so writers queue one
   * behind the other and every check made inside {@code work} still holds at commit. Listeners hear of
   * the change only after the commit succeeded.
   */
  public <T> T write(String actor, Function<Tx, T> work) {
    if (actor == null || actor.isBlank()) throw new IllegalArgumentException("actor is required");
    Tx[] done = new Tx[1];
    boolean dryRun = WHAT_IF.get() != null;
    T result = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
      h.createUpdate("UPDATE change_counter SET counter = counter + 1 WHERE id = 1").execute();
      long changeId = h.createQuery("SELECT counter FROM change_counter WHERE id = 1").mapTo(Long.class).one();
      Tx tx = new Tx(h, actor, changeId);
      T r = work.apply(tx);
      done[0] = tx;
      if (dryRun) {
        WHAT_IF.get().addAll(tx.events());
        h.rollback(); // every rule was checked against the real data; nothing is kept
      }
      return r;
    });
    if (dryRun) return result;
    for (ChangeEvent e : done[0].events()) {
      for (Consumer<ChangeEvent> l : listeners) {
        try {
          l.accept(e);
        } catch (RuntimeException ex) { // one faulty listener must not hide the change from the others
          LOG.warn("change listener failed on {}", e, ex);
        }
      }
    }
    return result;
  }

  /**
   * Runs {@code change} (one or more service calls) as a what-if: each write runs its checks and its
   * statements in its transaction, which is then rolled back, and no listener hears of it. A refused
   * change throws exactly as it would for real. Returns the changes that would have been made.
   */
  public <T> WhatIf<T> whatIf(Supplier<T> change) {
    if (WHAT_IF.get() != null) throw new IllegalStateException("what-if runs do not nest");
    List<ChangeEvent> events = new ArrayList<>();
    WHAT_IF.set(events);
    try {
      T result = change.get();
      return new WhatIf<>(result, List.copyOf(events));
    } finally {
      WHAT_IF.remove();
    }
  }

  /** The outcome of {@link #whatIf}: what the change returned, and the audit entries it would have written. */
  public record WhatIf<T>(T result, List<ChangeEvent> changes) {}

  public void addChangeListener(Consumer<ChangeEvent> listener) { listeners.add(listener); }

  public void removeChangeListener(Consumer<ChangeEvent> listener) { listeners.remove(listener); }

  @Override
  public void close() { dataSource.close(); }
}
