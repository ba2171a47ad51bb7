package org.bridgehead.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bridgehead.gateway.sip.stack.netty.RecentKeys;

/**
 * The SIP side's recipient behind Bridgehead: the next hop of {@code --sip-proxy} over UDP, answering
 * every MESSAGE with 200 and handing its body to a sink (so loss, duplicates and latency are counted by
 * the same ledger as on the XMPP servers). Other requests get 200 too; responses are ignored. A UDP
 * retransmission of a request already answered (same transaction) gets its 200 again but is not counted.
 *
 * <p>One JDK socket read in blocking mode by its own thread into one reused buffer: the instrument
 * shares the 2 cores with the server it measures, so it must cost as little per datagram as it can
 * (a Netty datagram channel costs a pooled 64 KiB buffer and a selector wake-up per datagram).
 */
public final class SipSink implements AutoCloseable {
  private final DatagramChannel channel;
  private final Consumer<String> sink;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong retransmissions = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private final Thread reader;
  /**
   * Transactions answered in the last Timer J (64·T1 = 32 s, RFC 3261 §17.2.2), as hashes: a sender
   * starved of our 200s retransmits for up to Timer F (also 32 s), and a copy must not count twice. A
   * window of 200,000 transactions was under 8 s at saturation, and its copies counted as duplicates.
   */
  private final RecentKeys seen = new RecentKeys(TimeUnit.SECONDS.toNanos(32), 2_000_000, System.nanoTime());

  private SipSink(DatagramChannel channel, Consumer<String> sink) {
    this.channel = channel;
    this.sink = sink;
    this.reader = new Thread(this::read, "bench-sip-sink");
    reader.setDaemon(true);
  }

  public static SipSink bind(InetSocketAddress address, Consumer<String> sink) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      // bursts of hundreds of MESSAGEs: the default ~208 KiB buffer drops some, each costing a retransmission
      channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
      channel.bind(address);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    SipSink s = new SipSink(channel, sink);
    s.reader.start();
    return s;
  }

  public InetSocketAddress localAddress() throws IOException { return (InetSocketAddress) channel.getLocalAddress(); }

  /** Requests answered (retransmissions not included). */
  public long requests() { return requests.get(); }

  /** Retransmissions of answered requests, answered again. */
  public long retransmissions() { return retransmissions.get(); }

  /** Datagrams that were not a SIP message this sink understands; not answered. */
  public long malformed() { return malformed.get(); }

  private void read() {
    ByteBuffer in = ByteBuffer.allocate(65_535);
    while (channel.isOpen()) {
      SocketAddress from;
      in.clear();
      try {
        from = channel.receive(in);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        continue; // e.g. an ICMP error reported on a later read
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
      if (text.startsWith("SIP/2.0")) continue;
      SipText request;
      try {
        request = SipText.parse(text);
      } catch (IllegalArgumentException e) {
        malformed.incrementAndGet(); // not answered: the ledger shows the message as lost
        continue;
      }
      try {
        channel.send(ByteBuffer.wrap(request.okResponse().getBytes(StandardCharsets.UTF_8)), from);
      } catch (IOException e) {
        if (!channel.isOpen()) return;
        continue; // the sender retransmits; the ledger counts what never arrives
      }
      if (!seen.addIfAbsent(request.transaction(), "", System.nanoTime())) {
        retransmissions.incrementAndGet();
        continue;
      }
      requests.incrementAndGet();
      if (request.method().equals("MESSAGE")) sink.accept(request.body());
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
