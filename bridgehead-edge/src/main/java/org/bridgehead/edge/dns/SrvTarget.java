package org.bridgehead.edge.dns;

import java.util.Objects;

/**
 * One place to try to connect to for an XMPP domain: a host name (or IP literal) and port, from an
 * SRV record, the A/AAAA fallback or a configured proxy.
 *
 * @param host the target host, without a trailing dot
 * @param port the TCP port
 * @param priority SRV priority (lower is tried first); 0 for fallback and proxy targets
 * @param weight SRV weight within the priority; 0 for fallback and proxy targets
 * @param directTls true for {@code _xmpps-server} (XEP-0368: TLS from the first byte), false for
 *     {@code _xmpp-server} (STARTTLS)
 */
public record SrvTarget(String host, int port, int priority, int weight, boolean directTls) {
  public SrvTarget {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 0xFFFF) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
