package org.bridgehead.edge.gateway;

/**
 * The edge's boundary towards the gateway: stanzas that arrived from partners for local users.
 * Implementations must not block the calling network thread. The messages crossing it are plain
 * stanzas plus the record of who authenticated them, so the link can run in process or over the
 * mutually-authenticated TLS link on port 23456 between an edge host and a gateway host.
 */
@FunctionalInterface
public interface GatewayLink {
  void deliver(InboundStanza inbound);

  /**
   * Back-pressure: false while the gateway holds as many stanzas not yet handled as it will take, and
   * then {@code whenReady} runs once, on any thread, when it takes more again. The edge stops reading
   * the stream that delivered meanwhile, so a partner sending faster than the gateway handles is
   * slowed by TCP instead of filling the node's memory.
   */
  default boolean ready(Runnable whenReady) {
    return true;
  }
}
