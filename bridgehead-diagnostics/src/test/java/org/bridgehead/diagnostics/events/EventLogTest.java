package org.bridgehead.diagnostics.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event catalog, the stored log (V6) with its filters and retention, and the edge adapter. */
class EventLogTest {
  @TempDir Path dir;
  private ManagementStore store;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

  @BeforeEach
  void open() {
    store = ManagementStore.open(StoreLocation.embedded(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private EventLog log(Retention retention) {
    return new EventLog(store.jdbi(), "edge1", retention, clock);
  }

  @Test
  void catalogIdsAreStableAndUnique() {
    assertThat(EventType.SERVICE_STARTED.id()).isEqualTo(32000);
    assertThat(EventType.STREAM_ESTABLISHED.id()).isEqualTo(32100);
    assertThat(EventType.STREAM_FAILED.id()).isEqualTo(32101);
    assertThat(EventType.PARTNER_REFUSED.id()).isEqualTo(32102);
    assertThat(EventType.CERTIFICATE_EXPIRING.id()).isEqualTo(32200);
    assertThat(EventType.CONFIGURATION_PUBLISHED.id()).isEqualTo(32300);
    assertThat(EventType.FEDERATION_ROUTE_UNASSIGNED.id()).isEqualTo(32301);
    assertThat(Arrays.stream(EventType.values()).map(EventType::id).distinct().count()).isEqualTo(EventType.values().length);
    assertThat(EventType.STREAM_FAILED.hint("fabrikam.test", "contoso.test", "x"))
        .startsWith("run 'bridgehead test-federation fabrikam.test'");
  }

  @Test
  void recordsAndFiltersBySeveritySinceIdAndPartner() {
    EventLog log = log(Retention.DEFAULT);
    log.record(EventType.SERVICE_STARTED, null, null, "edge role");
    clock.advance(Duration.ofHours(2));
    log.record(EventType.STREAM_FAILED, "Fabrikam.test", "contoso.test", "remote-server-not-found: NXDOMAIN");
    log.record(EventType.PARTNER_REFUSED, "evil.test", "contoso.test", "not a partner");
    log.record(EventType.STREAM_ESTABLISHED, "fabrikam.test", "contoso.test", "outbound, dialback");

    assertThat(log.query(EventQuery.all())).hasSize(4).first().extracting(LoggedEvent::type).isEqualTo("STREAM_ESTABLISHED");
    List<LoggedEvent> warnings = log.query(new EventQuery(null, Severity.WARNING, null, null, 100));
    assertThat(warnings).extracting(LoggedEvent::id).containsExactly(32102, 32101);
    LoggedEvent failed = log.query(new EventQuery(null, null, 32101, null, 100)).get(0);
    assertThat(failed.partner()).isEqualTo("fabrikam.test");
    assertThat(failed.message()).isEqualTo("Stream from contoso.test to fabrikam.test failed: remote-server-not-found: NXDOMAIN");
    assertThat(failed.hint()).contains("test-federation fabrikam.test");
    assertThat(failed.node()).isEqualTo("edge1");
    assertThat(log.query(new EventQuery(null, null, null, "FABRIKAM.test", 100))).extracting(LoggedEvent::id)
        .containsExactly(32100, 32101);
    assertThat(log.query(new EventQuery(clock.instant().minus(Duration.ofHours(1)), null, null, null, 100))).hasSize(3);
    assertThat(log.query(new EventQuery(null, null, null, null, 1))).hasSize(1);
  }

  @Test
  void retentionDropsOldEventsAndKeepsTheNewestRows() {
    EventLog log = log(new Retention(Duration.ofDays(7), 3));
    log.record(EventType.SERVICE_STARTED, null, null, "old");
    clock.advance(Duration.ofDays(8));
    for (int i = 0; i < 5; i++) log.record(EventType.STREAM_CLOSED, "fabrikam.test", "contoso.test", "n" + i);
    assertThat(log.prune()).isEqualTo(3); // the 8-day-old one, then the two beyond three rows
    assertThat(log.query(EventQuery.all())).extracting(LoggedEvent::message)
        .containsExactly("Stream contoso.test - fabrikam.test closed: n4", "Stream contoso.test - fabrikam.test closed: n3",
            "Stream contoso.test - fabrikam.test closed: n2");
  }

  @Test
  void edgeEventsAreStoredOffTheCallingThreadAndSetUpStepsAreLeftOut() {
    EventLog log = log(Retention.DEFAULT);
    try (EdgeEventLogger logger = new EdgeEventLogger(log)) {
      logger.onEvent(EdgeEvent.of(EdgeEvent.Kind.CONNECTING, "contoso.test", "fabrikam.test", "127.0.7.1:5269"));
      logger.onEvent(EdgeEvent.of(EdgeEvent.Kind.OUTBOUND_FAILED, "contoso.test", "fabrikam.test", "remote-server-timeout"));
      logger.onEvent(EdgeEvent.of(EdgeEvent.Kind.INBOUND_AUTHENTICATED, "contoso.test", "fabrikam.test", "authenticated by SASL EXTERNAL"));
      logger.onEvent(EdgeEvent.of(EdgeEvent.Kind.INBOUND_REFUSED, "contoso.test", "evil.test", "not a partner"));
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> log.query(EventQuery.all()).size() == 3);
    assertThat(log.query(EventQuery.all())).extracting(LoggedEvent::type)
        .containsExactly("PARTNER_REFUSED", "STREAM_ESTABLISHED", "STREAM_FAILED");
    assertThat(log.query(new EventQuery(null, null, 32100, null, 10)).get(0).message())
        .isEqualTo("Stream contoso.test - fabrikam.test established: inbound stream authenticated by SASL EXTERNAL");
  }

  @Test
  void aBurstIsStoredInOrderAndCloseWritesWhatIsQueued() {
    EventLog log = log(Retention.DEFAULT);
    int n = EdgeEventLogger.BATCH * 3 + 5;
    EdgeEventLogger logger = new EdgeEventLogger(log);
    for (int i = 0; i < n; i++) {
      logger.onEvent(EdgeEvent.of(EdgeEvent.Kind.STREAM_CLOSED, "contoso.test", "fabrikam.test", "n" + i));
    }
    logger.close();

    assertThat(logger.dropped()).isZero();
    List<LoggedEvent> stored = log.query(new EventQuery(null, null, null, null, n + 10));
    assertThat(stored).hasSize(n);
    assertThat(stored.get(0).message()).endsWith(": n" + (n - 1)); // newest first, in the order reported
    assertThat(stored.get(n - 1).message()).endsWith(": n0");
    logger.submit(new CatalogEvent(EventType.SERVICE_STOPPED, null, null, "after close"));
    assertThat(logger.dropped()).isEqualTo(1);
  }

  @Test
  void aBadEventInABatchLosesOnlyItself() {
    EventLog log = log(Retention.DEFAULT);
    try (EdgeEventLogger logger = new EdgeEventLogger(log)) {
      logger.submit(new CatalogEvent(EventType.STREAM_ESTABLISHED, "fabrikam.test", "contoso.test", "first"));
      logger.submit(new CatalogEvent(null, "fabrikam.test", "contoso.test", "no type"));
      logger.submit(new CatalogEvent(EventType.STREAM_CLOSED, "fabrikam.test", "contoso.test", "last"));
    }
    assertThat(log.query(EventQuery.all())).extracting(LoggedEvent::type).containsExactly("STREAM_CLOSED", "STREAM_ESTABLISHED");
  }

  @Test
  void recordAllKeepsEachEventsTimeAndPrunesAsItPassesTheBound() {
    EventLog log = log(new Retention(Duration.ofDays(7), 100));
    Instant start = clock.instant();
    List<EventLog.Occurred> burst = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      burst.add(new EventLog.Occurred(new CatalogEvent(EventType.STREAM_CLOSED, "fabrikam.test", "contoso.test", "n" + i),
          start.plusSeconds(i)));
    }
    log.recordAll(burst);

    assertThat(log.query(new EventQuery(null, null, null, null, 1000))).hasSize(100); // pruned to the newest 100
    assertThat(log.query(new EventQuery(start.plusSeconds(140), null, null, null, 1000))).hasSize(10);
    log.recordAll(List.of());
    assertThat(log.query(new EventQuery(null, null, null, null, 1000))).hasSize(100);
  }
}
