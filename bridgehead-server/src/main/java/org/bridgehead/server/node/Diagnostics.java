package org.bridgehead.server.node;

import java.time.Clock;
import org.bridgehead.diagnostics.events.CatalogEvent;
import org.bridgehead.diagnostics.events.EdgeEventLogger;
import org.bridgehead.diagnostics.events.EventLog;
import org.bridgehead.diagnostics.events.EventType;
import org.bridgehead.diagnostics.events.Retention;
import org.bridgehead.diagnostics.metrics.BridgeheadMetrics;
import org.bridgehead.diagnostics.metrics.EdgeMetricsListener;
import org.bridgehead.diagnostics.metrics.StanzaCounting;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEventListener;
import org.bridgehead.gateway.im.TranslationTimer;
import org.bridgehead.management.service.ManagementService;

/** A node's event log (stored, `bridgehead event-log get`) and metrics (`/metrics`), fed by the edge's events. */
final class Diagnostics implements EdgeEventListener, AutoCloseable {
  private final EdgeEventLogger eventLog;
  private final BridgeheadMetrics metrics;
  private final EdgeMetricsListener edgeMetrics;

  Diagnostics(ManagementService store) {
    String node = ProcessHandle.current().pid() + "@" + hostName();
    this.eventLog = new EdgeEventLogger(new EventLog(store.store().jdbi(), node, Retention.DEFAULT, Clock.systemUTC()));
    this.metrics = new BridgeheadMetrics(Clock.systemUTC());
    this.edgeMetrics = new EdgeMetricsListener(metrics);
    var registry = metrics.registry();
    // present from the first scrape, before any stream: that the node is up, and its JVM
    io.micrometer.core.instrument.Gauge.builder("bridgehead.up", () -> 1).description("1 while the node runs")
        .register(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
  }

  @Override
  public void onEvent(EdgeEvent e) {
    eventLog.onEvent(e);
    edgeMetrics.onEvent(e);
  }

  void submit(CatalogEvent e) { eventLog.submit(e); }

  void started(String detail) { submit(new CatalogEvent(EventType.SERVICE_STARTED, null, null, detail)); }

  void stopped() { submit(new CatalogEvent(EventType.SERVICE_STOPPED, null, null, "node closed")); }

  /** The exposition, with the edge's outbound queue depths read now. */
  String scrape(org.bridgehead.edge.Edge edge) {
    metrics.queueDepths(StanzaCounting.queueDepths(edge.outboundStatus()));
    return metrics.scrape();
  }

  org.bridgehead.edge.gateway.GatewayLink countInbound(org.bridgehead.edge.gateway.GatewayLink link) {
    return StanzaCounting.inbound(link, metrics);
  }

  org.bridgehead.edge.gateway.StanzaSender countOutbound(org.bridgehead.edge.gateway.StanzaSender sender) {
    return StanzaCounting.outbound(sender, metrics);
  }

  /** The gateway's {@link TranslationTimer}: one observation of the translation latency histogram. */
  void translation(TranslationTimer.TranslationPath path, java.time.Duration took) {
    metrics.translation(path.label(), took);
  }

  /**
   * The certificate the edge serves: its expiry as a metric, and an event when it is 30 days or less
   * from expiring (or expired). Run at start, after a certificate change, and daily.
   */
  void certificate(java.security.cert.X509Certificate served) {
    metrics.certificate("external-5269", served.getNotAfter().toInstant());
    org.bridgehead.diagnostics.events.CertificateExpiry.check(served, "external edge", Clock.systemUTC())
        .ifPresent(this::submit);
  }

  private static String hostName() {
    String h = System.getenv("HOSTNAME");
    return h == null || h.isBlank() ? "node" : h; // never a DNS lookup
  }

  private final java.util.concurrent.ScheduledExecutorService periodic =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bridgehead-periodic-checks");
        t.setDaemon(true);
        return t;
      });

  /** Runs {@code check} once a day (certificate expiry). */
  void daily(Runnable check) { periodic.scheduleAtFixedRate(guarded(check), 1, 1, java.util.concurrent.TimeUnit.DAYS); }

  /** Runs {@code check} every {@code seconds}. */
  void every(long seconds, Runnable check) {
    periodic.scheduleWithFixedDelay(guarded(check), seconds, seconds, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** A failure is logged and the next run still happens (an uncaught one would cancel the schedule). */
  private static Runnable guarded(Runnable check) {
    return () -> {
      try {
        check.run();
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(Diagnostics.class).warn("periodic check failed: {}", e.toString());
      }
    };
  }

  @Override
  public void close() {
    periodic.shutdownNow();
    eventLog.close();
  }
}
