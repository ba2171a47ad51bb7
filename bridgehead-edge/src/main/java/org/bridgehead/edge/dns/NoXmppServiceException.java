package org.bridgehead.edge.dns;

import java.net.InetSocketAddress;

/**
 * The domain says, with a lone SRV record whose target is "." (RFC 2782, RFC 6120 §3.2.1), that it
 * offers no XMPP server-to-server service: do not fall back to A/AAAA, do not retry soon.
 */
public final class NoXmppServiceException extends DnsLookupException {
  private static final long serialVersionUID = 1L;

  public NoXmppServiceException(String domain, InetSocketAddress server) {
    super(domain, "SRV", Reason.NO_SERVICE,
        server, "the domain publishes SRV target \".\": XMPP server-to-server decidedly not available");
  }
}
