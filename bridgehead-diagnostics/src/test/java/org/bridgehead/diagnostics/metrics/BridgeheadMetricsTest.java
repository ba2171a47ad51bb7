package org.bridgehead.diagnostics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEvent.Kind;
import org.junit.jupiter.api.Test;

/** The Prometheus exposition of the meters, fed by edge events and the plain methods. */
class BridgeheadMetricsTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final BridgeheadMetrics metrics = new BridgeheadMetrics(Clock.fixed(NOW, ZoneOffset.UTC));
  private final EdgeMetricsListener listener = new EdgeMetricsListener(metrics);

  private static EdgeEvent event(Kind kind, String remote, String detail) {
    return EdgeEvent.of(kind, "contoso.test", remote, detail);
  }

  @Test
  void streamsByPartnerAndDirectionFromEdgeEvents() {
    listener.onEvent(event(Kind.AUTHENTICATED, "Fabrikam.test", "outbound stream authenticated by dialback"));
    listener.onEvent(event(Kind.AUTHENTICATED, "fabrikam.test", "outbound stream authenticated by dialback"));
    listener.onEvent(event(Kind.INBOUND_AUTHENTICATED, "fabrikam.test", "authenticated by SASL EXTERNAL"));
    listener.onEvent(event(Kind.STREAM_CLOSED, "fabrikam.test", "outbound stream closed"));
    listener.onEvent(event(Kind.CONNECTING, "fabrikam.test", "127.0.7.1:5269"));
    String text = metrics.scrape();
    assertThat(text).contains("bridgehead_streams_established_total{direction=\"outbound\",partner=\"fabrikam.test\"} 2.0")
        .contains("bridgehead_streams_established_total{direction=\"inbound\",partner=\"fabrikam.test\"} 1.0")
        .contains("bridgehead_streams_open{direction=\"outbound\",partner=\"fabrikam.test\"} 1.0")
        .contains("bridgehead_streams_open{direction=\"inbound\",partner=\"fabrikam.test\"} 1.0");
    listener.onEvent(event(Kind.STREAM_CLOSED, "fabrikam.test", "inbound stream closed"));
    assertThat(metrics.scrape()).contains("bridgehead_streams_open{direction=\"inbound\",partner=\"fabrikam.test\"} 0.0");
  }

  @Test
  void errorsByConditionWithoutStrangersAsPartners() {
    listener.onEvent(event(Kind.OUTBOUND_FAILED, "fabrikam.test", "remote-server-not-found: NXDOMAIN"));
    listener.onEvent(event(Kind.OUTBOUND_FAILED, "fabrikam.test", "Connection refused"));
    listener.onEvent(event(Kind.INBOUND_REFUSED, "random-12345.evil", "not a partner"));
    String text = metrics.scrape();
    assertThat(text).contains("bridgehead_errors_total{condition=\"remote-server-not-found\"} 1.0")
        .contains("bridgehead_errors_total{condition=\"outbound-stream-failed\"} 1.0")
        .contains("bridgehead_errors_total{condition=\"inbound-stream-refused\"} 1.0")
        .doesNotContain("random-12345.evil");
  }

  @Test
  void stanzasQueuesLatencyAndCertificateExpiry() {
    metrics.stanza("fabrikam.test", Direction.INBOUND);
    metrics.stanza("fabrikam.test", Direction.OUTBOUND);
    metrics.stanza("fabrikam.test", Direction.OUTBOUND);
    metrics.queueDepth("fabrikam.test", 7);
    metrics.queueDepth("fabrikam.test", 3);
    metrics.translation("sip-to-xmpp", Duration.ofMillis(12));
    metrics.certificate("external-5269", NOW.plus(Duration.ofDays(20)));
    String text = metrics.scrape();
    assertThat(text).contains("bridgehead_stanzas_total{direction=\"outbound\",partner=\"fabrikam.test\"} 2.0")
        .contains("bridgehead_stanzas_total{direction=\"inbound\",partner=\"fabrikam.test\"} 1.0")
        .contains("bridgehead_queue_depth{partner=\"fabrikam.test\"} 3.0")
        .contains("bridgehead_translation_latency_seconds_count{path=\"sip-to-xmpp\"} 1")
        .contains("bridgehead_translation_latency_seconds_bucket{path=\"sip-to-xmpp\",le=\"+Inf\"} 1")
        .contains("bridgehead_certificate_expiry_days{usage=\"external-5269\"} 20.0");
  }

  @Test
  void partnerTagsAreBounded() {
    for (int i = 0; i < BridgeheadMetrics.MAX_PARTNERS + 5; i++) metrics.stanza("p" + i + ".test", Direction.INBOUND);
    assertThat(metrics.scrape()).contains("partner=\"other\"} 5.0").doesNotContain("p" + BridgeheadMetrics.MAX_PARTNERS + ".test");
  }
}
