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
}
