package org.bridgehead.bench.micro;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.concurrent.TimeUnit;
import org.bridgehead.xmpp.stream.XmppStreamDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link XmppStreamDecoder} throughput: one operation decodes a whole stream of {@code messages} chat
 * messages fed in {@link StreamSample#READ_SIZE}-byte reads. MB/s = ops/s × {@link #bytes} (the report
 * writer reads the byte count from the benchmark's parameter via {@link StreamSample#stream}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  @Param({"1000"})
  public int messages;

  byte[] bytes;

  @Setup
  public void setUp() {
    bytes = StreamSample.stream(messages);
  }

  @Benchmark
  public void decodeStream(Blackhole bh) {
    EmbeddedChannel ch = new EmbeddedChannel(new XmppStreamDecoder(262_144), new Sink(bh));
    for (int off = 0; off < bytes.length; off += StreamSample.READ_SIZE) {
      ch.writeInbound(Unpooled.wrappedBuffer(bytes, off, Math.min(StreamSample.READ_SIZE, bytes.length - off)));
    }
    ch.finishAndReleaseAll();
  }

  /** Consumes the decoded objects so the JIT cannot drop them. */
  static final class Sink extends ChannelInboundHandlerAdapter {
    private final Blackhole bh;

    Sink(Blackhole bh) { this.bh = bh; }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) { bh.consume(msg); }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      throw new IllegalStateException("the sample stream must decode without error", cause);
    }
  }
}
