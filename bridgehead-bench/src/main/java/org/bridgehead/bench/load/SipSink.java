package org.bridgehead.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The SIP side's recipient behind Bridgehead: the next hop of {@code --sip-proxy} over UDP, answering
 * every MESSAGE with 200 and handing its body to a sink (so loss, duplicates and latency are counted by
 * the same ledger as on the XMPP servers). Other requests get 200 too; responses are ignored. A UDP
 * retransmission of a request already answered (same transaction) gets its 200 again but is not counted.
 */
public final class SipSink extends SimpleChannelInboundHandler<DatagramPacket> {
  private final Consumer<String> sink;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retransmissions = new AtomicLong();
  /** Recent transactions; one channel, so one event-loop thread touches it. */
  private final java.util.Map<String, Boolean> seen = new java.util.LinkedHashMap<>(1 << 16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) { return size() > 200_000; }
  };

  private SipSink(Consumer<String> sink) {
    this.sink = sink;
  }

  public static SipSinkHandle bind(EventLoopGroup group, InetSocketAddress address, Consumer<String> sink)
      throws InterruptedException {
    SipSink handler = new SipSink(sink);
    Channel ch = new Bootstrap().group(group).channel(NioDatagramChannel.class)
        // bursts of hundreds of MESSAGEs: the default ~208 KiB buffer drops some, each costing a retransmission
        .option(io.netty.channel.ChannelOption.SO_RCVBUF, 4 * 1024 * 1024)
        .handler(handler).bind(address).sync().channel();
    return new SipSinkHandle(ch, handler.requests, handler.retransmissions);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
    String text = packet.content().toString(StandardCharsets.UTF_8);
    if (text.startsWith("SIP/2.0")) return;
    SipText request = SipText.parse(text);
    ctx.writeAndFlush(new DatagramPacket(Unpooled.copiedBuffer(request.okResponse(), StandardCharsets.UTF_8), packet.sender()));
    if (seen.put(request.transaction(), Boolean.TRUE) != null) {
      retransmissions.incrementAndGet();
      return;
    }
    requests.incrementAndGet();
    if (request.method().equals("MESSAGE")) sink.accept(request.body());
  }

  /** The bound socket, the number of requests answered, and of retransmissions answered again. */
  public record SipSinkHandle(Channel channel, AtomicLong requests, AtomicLong retransmissions) implements AutoCloseable {
    @Override
    public void close() {
      channel.close().awaitUninterruptibly();
    }
  }
}
