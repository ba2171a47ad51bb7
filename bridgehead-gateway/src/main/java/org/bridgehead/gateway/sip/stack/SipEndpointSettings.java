package org.bridgehead.gateway.sip.stack;

import java.util.Objects;

/**
 * Where an endpoint listens: one IP address, UDP and TCP on {@code port}, TLS on {@code tlsPort} when a
 * TLS context is given.
 *
 * @param port UDP and TCP port; 0 picks a free one (tests)
 * @param tls the certificate and trust for the TLS transport, or null for no TLS listener
 * @param tlsPort the TLS port (0 picks a free one); ignored without {@code tls}
 */
public record SipEndpointSettings(String address, int port, SipTlsMaterial tls, int tlsPort, int maxMessageBytes) {
  /**
   * Asked of the kernel for each UDP socket (Linux caps it at net.core.rmem_max / wmem_max): a burst of
   * MESSAGEs or their 200s overflows the default ~208 KiB, and each datagram dropped costs a 500 ms
   * retransmission (benchmark scenario 1).
   */
  public static final int UDP_BUFFER_BYTES = 4 * 1024 * 1024;

  public SipEndpointSettings {
    if (!IpLiterals.isIpLiteral(Objects.requireNonNull(address, "address"))) {
      throw new IllegalArgumentException("the SIP listener needs an IP address, not '" + address + "'");
    }
    if (port < 0 || port > 65535 || tlsPort < 0 || tlsPort > 65535) throw new IllegalArgumentException("bad SIP port");
    if (maxMessageBytes < 1024) throw new IllegalArgumentException("maxMessageBytes must be at least 1024");
  }

  public static SipEndpointSettings plain(String address, int port) {
    return new SipEndpointSettings(address, port, null, 0, 256 * 1024);
  }

  public SipEndpointSettings withTls(SipTlsMaterial context, int tlsListenPort) {
    return new SipEndpointSettings(address, port, context, tlsListenPort, maxMessageBytes);
  }
}
