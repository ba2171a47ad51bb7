package org.bridgehead.edge.dns;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One socket address to connect to, in failover order, with the host name it came from (for TLS
 * identity checks and diagnostics) and whether to start TLS at once (XEP-0368).
 */
public record ResolvedEndpoint(InetSocketAddress address, String host, boolean directTls) {
  public ResolvedEndpoint {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(host, "host");
  }
}
