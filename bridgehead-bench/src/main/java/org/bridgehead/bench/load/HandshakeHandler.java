package org.bridgehead.bench.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.concurrent.CompletableFuture;

/** A client stream that is usable once its negotiation ends: {@link #result} completes then, or fails with why. */
abstract class HandshakeHandler extends SimpleChannelInboundHandler<Object> {
  final CompletableFuture<Channel> result = new CompletableFuture<>();

  /** Names the stream in failure messages. */
  abstract String label();

  final void fail(ChannelHandlerContext ctx, String why) {
    result.completeExceptionally(new IllegalStateException(label() + ": " + why));
    ctx.close();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(ctx, cause.toString());
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    result.completeExceptionally(new IllegalStateException(label() + ": connection closed"));
  }
}
