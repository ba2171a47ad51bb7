package org.bridgehead.xmpp.stream;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** An {@link XmppStreamDecoder} in an EmbeddedChannel, recording what it fires. */
final class DecoderHarness {
  static final String HEADER = "<?xml version='1.0'?><stream:stream xmlns='jabber:server'"
      + " xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback'"
      + " from='a.example' to='b.example' version='1.0'>";

  final XmppStreamDecoder decoder;
  final EmbeddedChannel channel;
  final List<Object> events = new ArrayList<>();
  final List<Throwable> errors = new ArrayList<>();

  DecoderHarness(int maxStanzaBytes) {
    this(maxStanzaBytes, e -> { });
  }

  /** @param onEvent called with each decoded object, from within the decoder's firing */
  DecoderHarness(int maxStanzaBytes, Consumer<Object> onEvent) {
    decoder = new XmppStreamDecoder(maxStanzaBytes);
    channel = new EmbeddedChannel(decoder, new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        events.add(msg);
        onEvent.accept(msg);
      }

      @Override
      public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        errors.add(cause);
      }
    });
  }

  DecoderHarness feed(String xml) {
    return feed(xml.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
  }

  DecoderHarness feed(String xml, int chunkSize) {
    return feed(xml.getBytes(StandardCharsets.UTF_8), chunkSize);
  }

  DecoderHarness feed(byte[] bytes, int chunkSize) {
    for (int i = 0; i < bytes.length; i += chunkSize) {
      feedChunk(Arrays.copyOfRange(bytes, i, (int) Math.min(bytes.length, (long) i + chunkSize)));
    }
    return this;
  }

  void feedChunk(byte[] chunk) {
    channel.writeInbound(Unpooled.wrappedBuffer(chunk));
  }

  /** The only stream error fired; fails if there is none or another exception. */
  StreamErrorCondition errorCondition() {
    if (errors.size() != 1 || !(errors.get(0) instanceof StreamErrorException e)) {
      throw new AssertionError("expected exactly one StreamErrorException, got " + errors);
    }
    return e.condition();
  }

  List<Object> afterHeader() {
    return events.subList(1, events.size());
  }
}
