package org.bridgehead.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stream.XmppStreamDecoder;
import org.bridgehead.xmpp.stream.XmppStreamEncoder;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * The S2S load generator on Netty: opens authenticated inbound streams to a system under test (TCP,
 * STARTTLS, dialback) from many generator domains, and runs the authoritative listener for those
 * domains on port 5269 of its own address, which also receives the SUT's messages to them.
 */
public final class LoadGenerator implements AutoCloseable {
  static final int MAX_STANZA = 262_144;

  private final EventLoopGroup group;
  private final String ip;
  private final SslContext clientTls;
  private final SslContext serverTls;
  private final DialbackKeys keys = new DialbackKeys("bench-" + System.nanoTime());
  private final AtomicLong stanzasFromSut = new AtomicLong();
  private Channel listener;

  /** @param ip the generator's loopback address: streams leave from it and 5269 listens on it */
  public LoadGenerator(String ip, int threads, SslContext clientTls, SslContext serverTls) {
    this.ip = ip;
    this.group = new NioEventLoopGroup(threads);
    this.clientTls = clientTls;
    this.serverTls = serverTls;
  }

  /** Starts the authoritative listener on {@code ip:port}; every message body it receives goes to {@code sink}. */
  public void listen(int port, Consumer<String> sink) throws InterruptedException {
    listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 4096)
        .childHandler(pipeline(() -> new S2sResponder(serverTls, keys, sink)))
        .bind(new InetSocketAddress(ip, port)).sync().channel();
  }

  /** One stream from {@code genDomain} to {@code sutDomain}; completes when dialback says valid. */
  public CompletableFuture<Channel> open(String genDomain, String sutDomain, InetSocketAddress sut) {
    S2sInitiator initiator = new S2sInitiator(genDomain, sutDomain, clientTls, keys, e -> stanzasFromSut.incrementAndGet());
    new Bootstrap().group(group).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
        .handler(pipeline(() -> initiator))
        .connect(sut, new InetSocketAddress(ip, 0))
        .addListener(f -> {
          if (!f.isSuccess()) initiator.ready().completeExceptionally(f.cause());
        });
    return initiator.ready();
  }

  /**
   * Opens one stream per entry of {@code fromDomains} (repeat a domain for several streams of a pair),
   * at most {@code parallel} handshakes at a time, each bounded by {@code timeout}; no new stream is
   * started after {@code deadlineNanos} (System.nanoTime), so a slow server cannot stretch the run.
   */
  public Opened openMany(List<String> fromDomains, String sutDomain, InetSocketAddress sut, int parallel, Duration timeout,
      long deadlineNanos) throws InterruptedException {
    Semaphore slots = new Semaphore(parallel);
    ConcurrentLinkedQueue<Channel> channels = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    int started = 0;
    for (String domain : fromDomains) {
      if (System.nanoTime() > deadlineNanos) break;
      slots.acquire();
      started++;
      open(domain, sutDomain, sut).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ch, err) -> {
        if (err == null) channels.add(ch); else failures.add(describe(err, timeout));
        slots.release();
      });
    }
    slots.acquire(parallel);
    slots.release(parallel);
    return new Opened(new ArrayList<>(channels), List.copyOf(failures), fromDomains.size() - started, System.nanoTime() - start);
  }

  /** What went wrong with one stream, in words (a timeout has no message of its own). */
  static String describe(Throwable err, Duration timeout) {
    Throwable cause = err instanceof java.util.concurrent.CompletionException && err.getCause() != null ? err.getCause() : err;
    if (cause instanceof java.util.concurrent.TimeoutException) {
      return "not authenticated within " + timeout.toSeconds() + " s";
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  /** Writes one chat message on an authenticated stream. */
  public static void send(Channel ch, String from, String to, String id, String body) {
    ch.writeAndFlush(Xml.chat(Namespaces.JABBER_SERVER, from, to, id, body));
  }

  /**
   * Writes several chat messages on one stream with one flush, as a busy server writes what has queued
   * for a partner: one task on the stream's event loop, and TLS records that carry several stanzas.
   */
  public static void sendAll(Channel ch, String from, String to, List<Probe> probes) {
    List<XmlElement> messages = new ArrayList<>(probes.size());
    for (Probe p : probes) messages.add(Xml.chat(Namespaces.JABBER_SERVER, from, to, "m" + p.seq(), p.body()));
    ch.eventLoop().execute(() -> {
      for (XmlElement m : messages) ch.write(m, ch.voidPromise());
      ch.flush();
    });
  }

  /** Stanzas the SUT sent back on our outgoing streams (errors, bounces): should stay 0. */
  public long stanzasFromSut() { return stanzasFromSut.get(); }

  public EventLoopGroup group() { return group; }

  /** Closes the given streams politely enough for a benchmark: TCP close. */
  public static void closeAll(List<Channel> channels) {
    channels.forEach(Channel::close);
    channels.forEach(ch -> ch.closeFuture().awaitUninterruptibly(5, TimeUnit.SECONDS));
  }

  @Override
  public void close() {
    if (listener != null) listener.close().awaitUninterruptibly();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
  }

  static ChannelInitializer<SocketChannel> pipeline(java.util.function.Supplier<ChannelHandler> handler) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new XmppStreamDecoder(MAX_STANZA), new XmppStreamEncoder(), handler.get());
      }
    };
  }

  /** The streams a batch opened, why the others failed, how many the deadline left unstarted, how long it took. */
  public record Opened(List<Channel> channels, List<String> failures, int notStarted, long nanos) {
    public double perSecond() {
      return channels.size() / (nanos / 1e9);
    }
  }

}
