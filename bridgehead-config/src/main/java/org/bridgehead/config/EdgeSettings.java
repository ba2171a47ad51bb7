package org.bridgehead.config;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the edge role itself (not in Lync's cmdlets: Lync kept them in the topology).
 *
 * @param listen address of the external S2S listener (5269 by default)
 * @param tls certificate and trust; null means the edge offers and accepts no TLS
 * @param dnsResolvers DNS servers queried for partner SRV/A records; never the system resolver
 * @param hostsFile optional hosts file consulted before DNS for A/AAAA lookups
 * @param outboundPort port of outbound S2S connections when DNS has no SRV record (5269)
 * @param maxStanzaBytes a larger stanza ends the stream with policy-violation
 * @param outboundQueueCapacity stanzas held per (local, remote) domain pair while a stream is set up
 * @param retryBaseDelay first back-off after a failed outbound connection; doubles, with jitter
 * @param retryMaxDelay longest back-off
 */
public record EdgeSettings(
    InetSocketAddress listen,
    TlsSettings tls,
    List<InetSocketAddress> dnsResolvers,
    Path hostsFile,
    int outboundPort,
    int maxStanzaBytes,
    int outboundQueueCapacity,
    Duration retryBaseDelay,
    Duration retryMaxDelay) {

  public EdgeSettings {
    dnsResolvers = List.copyOf(dnsResolvers);
  }

  /** The same settings serving another certificate. */
  public EdgeSettings withTls(TlsSettings other) {
    return new EdgeSettings(listen, other, dnsResolvers, hostsFile, outboundPort, maxStanzaBytes, outboundQueueCapacity,
        retryBaseDelay, retryMaxDelay);
  }

  public static EdgeSettings defaults() {
    return new EdgeSettings(new InetSocketAddress("127.0.0.1", 5269), null, List.of(), null, 5269,
        256 * 1024, 1000, Duration.ofSeconds(1), Duration.ofMinutes(5));
  }
}
