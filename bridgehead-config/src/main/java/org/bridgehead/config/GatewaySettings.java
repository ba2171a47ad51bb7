package org.bridgehead.config;

import java.time.Duration;

/**
 * Global XMPP gateway settings (SPEC §3, Set-CsXmppGatewayConfiguration).
 *
 * @param dialbackSecret secret for XEP-0185 dialback keys; null means a random one per process
 */
public record GatewaySettings(
    int totalConnectionLimit,
    int perPartnerConnectionLimit,
    String dialbackSecret,
    boolean logMessageBodies,
    Duration keepAliveInterval,
    Duration streamEstablishmentTimeout,
    Duration streamInactivityTimeout,
    Duration subscriptionRefreshInterval) {

  public static final GatewaySettings DEFAULTS = new GatewaySettings(1000, 20, null, false,
      Duration.ofSeconds(300), Duration.ofSeconds(60), Duration.ofSeconds(600), Duration.ofSeconds(28800));
}
