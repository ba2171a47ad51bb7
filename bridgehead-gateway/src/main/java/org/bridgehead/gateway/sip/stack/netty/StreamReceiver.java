package org.bridgehead.gateway.sip.stack.netty;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetSocketAddress;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a TCP or TLS pipeline: frames to the receiver; the connection is offered to the cache
 * for reuse while it lives, and closed when idle or when its framing is lost.
 */
final class StreamReceiver extends ChannelInboundHandlerAdapter {
  private static final Logger log = LoggerFactory.getLogger(StreamReceiver.class);
  private final SipTransport transport;
  private final Receiver receiver;
  private final ConnectionCache cache;

  StreamReceiver(SipTransport transport, Receiver receiver, ConnectionCache cache) {
    this.transport = transport;
    this.receiver = receiver;
    this.cache = cache;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    cache.offer(transport, ctx.channel());
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    InetSocketAddress source = (InetSocketAddress) ctx.channel().remoteAddress();
    if (msg instanceof byte[] frame) {
      receiver.received(frame, transport, source, ctx.channel());
    } else if (msg instanceof StreamFramer.Fault fault) {
      log.debug("SIP {} stream from {} closed: {}", transport, source, fault.reason());
      receiver.unframed(fault.reason(), fault.head(), transport, source, ctx.channel());
      ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent) {
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.debug("SIP {} connection {}: {}", transport, ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }
}
