package org.bridgehead.gateway.sip.stack.netty;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each datagram to the receiver. */
@ChannelHandler.Sharable
final class UdpReceiver extends SimpleChannelInboundHandler<DatagramPacket> {
  private static final Logger log = LoggerFactory.getLogger(UdpReceiver.class);
  private final Receiver receiver;

  UdpReceiver(Receiver receiver) { this.receiver = receiver; }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
    receiver.received(ByteBufUtil.getBytes(packet.content()), SipTransport.UDP, packet.sender(), null);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.debug("SIP UDP: {}", cause.toString()); // e.g. ICMP port unreachable reported on a later read
  }
}
