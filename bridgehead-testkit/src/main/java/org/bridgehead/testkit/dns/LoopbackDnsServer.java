package org.bridgehead.testkit.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny authoritative DNS server for tests, on 127.0.0.1 only, over UDP and TCP on the same port.
 *
 * <p>The zone is programmatic and may be changed while the server runs. Unknown names answer
 * NXDOMAIN, known names without records of the asked type answer NOERROR with an empty answer.
 * Every query is counted per name, so tests can assert what was (or was not) asked.
 */
public final class LoopbackDnsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LoopbackDnsServer.class);
  private static final long TTL = 60;
  private static final int BIND_ATTEMPTS = 20;

  private final DnsZone zone = new DnsZone();
  private final Map<Name, AtomicInteger> queryCounts = new ConcurrentHashMap<>();
  private final AtomicInteger totalQueries = new AtomicInteger();
  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean closed;

  /** Starts a server on 127.0.0.1 on an ephemeral port. */
  public LoopbackDnsServer() {
    this(0);
  }

  /** Starts a server on 127.0.0.1 on {@code port} (0 for an ephemeral one). */
  public LoopbackDnsServer(int port) {
    InetAddress loopback = loopback();
    DatagramSocket boundUdp = null;
    ServerSocket boundTcp = null;
    try {
      for (int attempt = 0; boundTcp == null && attempt < BIND_ATTEMPTS; attempt++) {
        boundUdp = new DatagramSocket(new InetSocketAddress(loopback, port));
        try {
          boundTcp = new ServerSocket(boundUdp.getLocalPort(), 50, loopback);
        } catch (IOException e) {
          boundUdp.close();
          if (port != 0) {
            throw e;
          }
        }
      }
      if (boundTcp == null) {
        throw new IOException("could not bind UDP and TCP on the same loopback port");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("LoopbackDnsServer: bind failed", e);
    }
    this.udp = boundUdp;
    this.tcp = boundTcp;
    start("udp", this::serveUdp);
    start("tcp", this::serveTcp);
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private void start(String transport, Runnable body) {
    Thread t = new Thread(body, "loopback-dns-" + transport + "-" + udp.getLocalPort());
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  /** The address the server listens on (UDP and TCP). */
  public InetSocketAddress address() {
    return new InetSocketAddress(udp.getLocalAddress(), udp.getLocalPort());
  }

  // ---- zone ---------------------------------------------------------------------------------

  /** Adds an SRV record; {@code target} "." means "service decidedly not available". */
  public LoopbackDnsServer addSrv(String name, int priority, int weight, int port, String target) {
    Name owner = name(name);
    zone.add(new SRVRecord(owner, DClass.IN, TTL, priority, weight, port, name(target)));
    return this;
  }

  /** Adds an A record; {@code ip} must be an IPv4 literal. */
  public LoopbackDnsServer addA(String name, String ip) {
    zone.add(new ARecord(name(name), DClass.IN, TTL, literal(ip, Address.IPv4)));
    return this;
  }

  /** Adds an AAAA record; {@code ip} must be an IPv6 literal. */
  public LoopbackDnsServer addAaaa(String name, String ip) {
    zone.add(new AAAARecord(name(name), DClass.IN, TTL, literal(ip, Address.IPv6)));
    return this;
  }

  /** Removes the SRV records of {@code name}. */
  public LoopbackDnsServer removeSrv(String name) {
    zone.remove(name(name), Type.SRV);
    return this;
  }

  /** Removes the A records of {@code name}. */
  public LoopbackDnsServer removeA(String name) {
    zone.remove(name(name), Type.A);
    return this;
  }

  /** Removes the AAAA records of {@code name}. */
  public LoopbackDnsServer removeAaaa(String name) {
    zone.remove(name(name), Type.AAAA);
    return this;
  }

  /** Removes every record of {@code name} (it answers NXDOMAIN afterwards). */
  public LoopbackDnsServer remove(String name) {
    zone.removeName(name(name));
    return this;
  }

  /** Makes every query for {@code name} answer with {@code rcode} (e.g. {@link Rcode#SERVFAIL}). */
  public LoopbackDnsServer failWith(String name, int rcode) {
    zone.failWith(name(name), rcode);
    return this;
  }

  /** Empties the zone (records and forced failures); query counts are kept. */
  public LoopbackDnsServer clear() {
    zone.clear();
    return this;
  }

  // ---- counters -----------------------------------------------------------------------------

  /** How many queries (any type, any transport) asked for {@code name}. */
  public int queryCount(String name) {
    AtomicInteger n = queryCounts.get(name(name));
    return n == null ? 0 : n.get();
  }

  /** How many queries the server received in total. */
  public int totalQueryCount() {
    return totalQueries.get();
  }

  /** Resets all query counters to zero. */
  public void resetQueryCounts() {
    queryCounts.clear();
    totalQueries.set(0);
  }

  // ---- serving ------------------------------------------------------------------------------

  private void serveUdp() {
    byte[] buf = new byte[65535];
    while (!closed) {
      DatagramPacket packet = new DatagramPacket(buf, buf.length);
      try {
        udp.receive(packet);
        byte[] query = new byte[packet.getLength()];
        System.arraycopy(packet.getData(), packet.getOffset(), query, 0, query.length);
        byte[] reply = answer(query, udpLimit(query));
        if (reply != null) {
          udp.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        if (!closed) {
          log.warn("UDP serving error", e);
        }
      }
    }
  }

  private void serveTcp() {
    while (!closed) {
      try (Socket s = tcp.accept()) {
        s.setSoTimeout(5_000);
        DataInputStream in = new DataInputStream(s.getInputStream());
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        while (true) {
          int length;
          try {
            length = in.readUnsignedShort();
          } catch (IOException eof) {
            break;
          }
          byte[] query = in.readNBytes(length);
          byte[] reply = answer(query, Message.MAXLENGTH);
          if (reply == null) {
            break;
          }
          out.writeShort(reply.length);
          out.write(reply);
          out.flush();
        }
      } catch (SocketException e) {
        if (!closed) {
          log.warn("TCP serving error", e);
        }
      } catch (IOException e) {
        log.warn("TCP serving error", e);
      }
    }
  }

  private static int udpLimit(byte[] query) {
    try {
      Message m = new Message(query);
      return m.getOPT() == null ? 512 : Math.max(512, m.getOPT().getPayloadSize());
    } catch (IOException e) {
      return 512;
    }
  }

  /** Builds the wire reply for a wire query, or null when the query is not parseable at all. */
  private byte[] answer(byte[] wire, int maxLength) {
    Message query;
    try {
      query = new Message(wire);
    } catch (IOException e) {
      log.debug("dropping unparseable query ({} bytes)", wire.length);
      return null;
    }
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    if (query.getHeader().getFlag(Flags.RD)) {
      response.getHeader().setFlag(Flags.RD);
    }
    Record question = query.getQuestion();
    if (question == null || query.getHeader().getOpcode() != Opcode.QUERY) {
      response.getHeader().setRcode(Rcode.FORMERR);
      return response.toWire(maxLength);
    }
    response.addRecord(question, Section.QUESTION);
    Name qname = question.getName();
    totalQueries.incrementAndGet();
    queryCounts.computeIfAbsent(qname, n -> new AtomicInteger()).incrementAndGet();

    DnsZone.Lookup result = zone.lookup(qname, question.getType());
    response.getHeader().setRcode(result.rcode());
    result.records().forEach(r -> response.addRecord(r, Section.ANSWER));
    log.debug("{} {} -> {} ({} records)", qname, Type.string(question.getType()),
        Rcode.string(result.rcode()), result.records().size());
    return response.toWire(maxLength);
  }

  @Override
  public void close() {
    closed = true;
    udp.close();
    try {
      tcp.close();
    } catch (IOException e) {
      log.debug("closing TCP socket", e);
    }
    for (Thread t : threads) {
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static Name name(String name) {
    try {
      return Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("not a DNS name: " + name, e);
    }
  }

  private static InetAddress literal(String ip, int family) {
    byte[] bytes = Address.toByteArray(ip, family);
    if (bytes == null) {
      throw new IllegalArgumentException(
          "not an IPv" + (family == Address.IPv4 ? 4 : 6) + " literal: " + ip);
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP literal: " + ip, e);
    }
  }
}
