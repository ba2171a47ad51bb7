package org.bridgehead.gateway.sip.stack.netty;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import org.bridgehead.gateway.sip.stack.SipTransport;

/**
 * Where a message goes: a transport and an address, and on streams the connection to use first
 * (RFC 3261 §18.2.2: responses go back over the connection the request came on).
 *
 * @param channel the connection to prefer, or null
 */
record Destination(SipTransport transport, InetSocketAddress address, Channel channel) {
  boolean reliable() { return transport != SipTransport.UDP; }
}
