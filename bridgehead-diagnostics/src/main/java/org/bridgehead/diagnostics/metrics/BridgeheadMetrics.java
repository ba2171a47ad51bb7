package org.bridgehead.diagnostics.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The node's Prometheus metrics (issue 5): streams by partner and direction, stanzas in and out,
 * translation latency, queue depths, errors by condition, certificate expiry. The gateway and node
 * call the plain methods; {@link EdgeMetricsListener} feeds the stream meters from edge events.
 * {@link #scrape()} is the text the {@code /metrics} endpoint serves. Thread-safe, non-blocking.
 */
public final class BridgeheadMetrics {
  /** Partner tags beyond this many distinct values are folded into "other": bounded series count. */
  static final int MAX_PARTNERS = 500;
  static final String OTHER = "other";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Clock clock;
  private final Set<String> partners = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> openStreams = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> queues = new ConcurrentHashMap<>();
  private final Map<String, AtomicReference<Instant>> certificates = new ConcurrentHashMap<>();
  /** Called per message: the timer is built once per path, not looked up in the registry each time. */
  private final Map<String, Timer> translations = new ConcurrentHashMap<>();
  /** Called per stanza, on the edge's event loops: the counter is looked up once per partner and direction. */
  private final Map<Direction, Map<String, Counter>> stanzas = new EnumMap<>(Map.of(
      Direction.INBOUND, new ConcurrentHashMap<>(), Direction.OUTBOUND, new ConcurrentHashMap<>()));

  public BridgeheadMetrics(Clock clock) {
    this.clock = clock;
  }

  public PrometheusMeterRegistry registry() { return registry; }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  /** An authenticated stream began. */
  public void streamOpened(String partner, Direction direction) {
    String p = partner(partner);
    Counter.builder("bridgehead.streams.established").description("Authenticated S2S streams established")
        .tag("partner", p).tag("direction", direction.tag()).register(registry).increment();
    open(p, direction).incrementAndGet();
  }

  /** An authenticated stream ended; never goes below zero (a close without a seen open is ignored). */
  public void streamClosed(String partner, Direction direction) {
    open(partner(partner), direction).getAndUpdate(n -> Math.max(0, n - 1));
  }

  private AtomicInteger open(String partner, Direction direction) {
    return openStreams.computeIfAbsent(partner + '\n' + direction, k -> {
      AtomicInteger value = new AtomicInteger();
      Gauge.builder("bridgehead.streams.open", value, AtomicInteger::get).description("S2S streams open now")
          .tag("partner", partner).tag("direction", direction.tag()).register(registry);
      return value;
    });
  }

  /** A stanza crossed the edge. */
  public void stanza(String partner, Direction direction) {
    Map<String, Counter> byPartner = stanzas.get(direction);
    Counter counter = partner == null ? null : byPartner.get(partner);
    if (counter == null) {
      String tag = partner(partner);
      counter = Counter.builder("bridgehead.stanzas").description("Stanzas received from and sent to partners")
          .tag("partner", tag).tag("direction", direction.tag()).register(registry);
      // partners folded into "other" are not kept by name: the map stays as bounded as the series
      if (partner != null && tag.equals(partner)) byPartner.put(partner, counter);
    }
    counter.increment();
  }

  /**
   * How long translating one message or presence took.
   *
   * @param path e.g. "sip-to-xmpp", "xmpp-to-sip"
   */
  public void translation(String path, Duration took) {
    translations.computeIfAbsent(path, p -> Timer.builder("bridgehead.translation.latency")
        .description("SIP/XMPP translation latency").tag("path", p).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30)).register(registry))
        .record(took);
  }

  /** The number of stanzas waiting for a stream to {@code partner} (outbound link queue). */
  public void queueDepth(String partner, int depth) {
    String p = partner(partner);
    queues.computeIfAbsent(p, k -> {
      AtomicInteger value = new AtomicInteger();
      Gauge.builder("bridgehead.queue.depth", value, AtomicInteger::get).description("Stanzas queued per partner")
          .tag("partner", k).register(registry);
      return value;
    }).set(Math.max(0, depth));
  }

  /**
   * Every outbound queue's depth at once (read when scraped): partners seen before and absent now
   * (their link is gone) drop to zero rather than keep their last value.
   */
  public void queueDepths(java.util.Map<String, Integer> depthByPartner) {
    java.util.Map<String, Integer> byTag = new java.util.HashMap<>();
    depthByPartner.forEach((partner, depth) -> byTag.merge(partner(partner), depth, Integer::sum));
    for (String known : queues.keySet()) byTag.putIfAbsent(known, 0);
    byTag.forEach(this::queueDepth);
  }

  /** An error, by its XMPP condition (e.g. remote-server-not-found) or our own name for it. */
  public void error(String condition) {
    Counter.builder("bridgehead.errors").description("Errors by condition")
        .tag("condition", condition == null || condition.isBlank() ? "unknown" : condition.toLowerCase(Locale.ROOT))
        .register(registry).increment();
  }

  /** The certificate used for {@code usage} (e.g. "external-5269", "internal-23456") expires at {@code notAfter}. */
  public void certificate(String usage, Instant notAfter) {
    certificates.computeIfAbsent(usage, k -> {
      AtomicReference<Instant> ref = new AtomicReference<>(notAfter);
      Gauge.builder("bridgehead.certificate.expiry.days", ref, r -> daysLeft(r.get()))
          .description("Days until the certificate expires (negative: expired)").tag("usage", k).register(registry);
      return ref;
    }).set(notAfter);
  }

  private double daysLeft(Instant notAfter) {
    return Duration.between(clock.instant(), notAfter).toSeconds() / 86_400.0;
  }

  /** Lower-cased; once {@link #MAX_PARTNERS} are known, unknown ones count as "other". */
  private String partner(String domain) {
    String p = domain == null || domain.isBlank() ? "unknown" : domain.toLowerCase(Locale.ROOT);
    if (partners.contains(p)) return p;
    if (partners.size() >= MAX_PARTNERS) return OTHER;
    partners.add(p);
    return p;
  }
}
