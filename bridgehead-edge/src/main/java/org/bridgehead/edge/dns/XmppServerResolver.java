package org.bridgehead.edge.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.random.RandomGenerator;
import org.bridgehead.edge.dns.DnsLookupException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Where to connect for an XMPP server-to-server stream to a domain: RFC 6120 §3.2 and XEP-0368.
 *
 * <p>A configured ProxyFqdn replaces DNS. Otherwise {@code _xmpps-server._tcp} (direct TLS) and
 * {@code _xmpp-server._tcp} (STARTTLS) are asked in parallel, merged and put in RFC 2782 order;
 * a lone "." target means no service; no SRV records at all means the domain itself on the default
 * port. Host names become addresses through the hosts file (if configured), then A and AAAA
 * queries, IPv4 first. Only the configured DNS servers are ever asked, never the system resolver.
 *
 * <p>Every method returns at once; the futures complete on dnsjava's or the common pool's threads.
 * Failures are {@link DnsLookupException}s (wrapped in {@link CompletionException} by
 * {@code join()}), saying which query failed, why and which server answered.
 */
public final class XmppServerResolver {
  private static final Logger log = LoggerFactory.getLogger(XmppServerResolver.class);

  /** The XMPP server-to-server port, RFC 6120. */
  public static final int DEFAULT_PORT = 5269;

  private static final String XMPPS_SERVER = "_xmpps-server._tcp.";
  private static final String XMPP_SERVER = "_xmpp-server._tcp.";

  private final DnsClient dns;
  private final HostsFile hosts;
  private final int defaultPort;
  private final RandomGenerator random;
  private final boolean hostsOnly;

  /**
   * @param dnsServers the DNS servers to ask, in order (IP addresses; may be empty: then with a hosts
   *     file SRV is skipped and names come from the file, without one every lookup that needs DNS
   *     fails with "no DNS resolver configured")
   * @param hostsFile an /etc/hosts-format file consulted before DNS, read once here; null for none
   * @param defaultPort the port for the A/AAAA fallback and a ProxyFqdn without port (5269)
   * @param queryTimeout how long to wait for each DNS server's answer to each query
   */
  public XmppServerResolver(List<InetSocketAddress> dnsServers, Path hostsFile, int defaultPort,
      Duration queryTimeout) {
    this(dnsServers, hostsFile, defaultPort, queryTimeout, new Random());
  }

  /** As above, with the random generator for the RFC 2782 weighted selection (for tests). */
  public XmppServerResolver(List<InetSocketAddress> dnsServers, Path hostsFile, int defaultPort,
      Duration queryTimeout, RandomGenerator random) {
    this.dns = new DnsClient(List.copyOf(dnsServers), Objects.requireNonNull(queryTimeout));
    this.hosts = hostsFile == null ? HostsFile.EMPTY : loadHosts(hostsFile);
    this.defaultPort = defaultPort;
    this.random = Objects.requireNonNull(random);
    // A node given a hosts file and no DNS server can still reach partners named in that file.
    this.hostsOnly = dnsServers.isEmpty() && hostsFile != null;
  }

  private static HostsFile loadHosts(Path file) {
    try {
      return HostsFile.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hosts file " + file, e);
    }
  }

  /**
   * The targets to try for {@code domain}, in order. With a non-null {@code proxyFqdn} ("host" or
   * "host:port") that single target, without any DNS query.
   */
  public CompletableFuture<List<SrvTarget>> targets(String domain, String proxyFqdn) {
    Objects.requireNonNull(domain, "domain");
    String ascii;
    Name xmpps;
    Name xmpp;
    try {
      Optional<SrvTarget> proxy = ProxyTarget.parse(proxyFqdn, defaultPort);
      if (proxy.isPresent()) {
        return CompletableFuture.completedFuture(List.of(proxy.get()));
      }
      ascii = asciiHost(domain);
      xmpps = absoluteName(XMPPS_SERVER + ascii);
      xmpp = absoluteName(XMPP_SERVER + ascii);
      if (hostsOnly) {
        return CompletableFuture.completedFuture(List.of(new SrvTarget(ascii, defaultPort, 0, 0, false)));
      }
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Settled.all(List.of(srv(xmpps, true), srv(xmpp, false)))
        .thenApply(settled -> merge(ascii, settled));
  }

  /** The SRV records of one service name, with the lone "." target recognised. */
  private record SrvAnswer(List<SrvTarget> targets, boolean noService, InetSocketAddress server) {}

  private CompletableFuture<SrvAnswer> srv(Name name, boolean directTls) {
    return dns.query(name, Type.SRV).thenApply(answer -> {
      List<Record> records = answer.records();
      if (records.size() == 1 && ((SRVRecord) records.get(0)).getTarget().equals(Name.root)) {
        return new SrvAnswer(List.of(), true, answer.server());
      }
      List<SrvTarget> targets = new ArrayList<>();
      for (Record r : records) {
        SRVRecord srv = (SRVRecord) r;
        if (!srv.getTarget().equals(Name.root)) {
          targets.add(new SrvTarget(DnsClient.display(srv.getTarget()), srv.getPort(),
              srv.getPriority(), srv.getWeight(), directTls));
        }
      }
      return new SrvAnswer(targets, false, answer.server());
    });
  }

  private List<SrvTarget> merge(String domain, Settled<SrvAnswer> settled) {
    List<SrvTarget> all = new ArrayList<>();
    settled.values().forEach(a -> all.addAll(a.targets()));
    if (!all.isEmpty()) {
      if (settled.anyFailed()) {
        log.debug("{}: using the SRV records found; the other query failed: {}", domain,
            settled.firstFailure().getCause().getMessage());
      }
      synchronized (random) {
        return SrvOrdering.order(all, random);
      }
    }
    if (settled.anyFailed()) {
      throw settled.firstFailure();
    }
    Optional<SrvAnswer> refusal = settled.values().stream().filter(SrvAnswer::noService).findFirst();
    if (refusal.isPresent()) {
      throw new CompletionException(new NoXmppServiceException(domain, refusal.get().server()));
    }
    log.debug("{}: no SRV records, falling back to the domain on port {}", domain, defaultPort);
    return List.of(new SrvTarget(domain, defaultPort, 0, 0, false));
  }

  /**
   * The socket addresses of {@code target}: an IP literal as is, else the hosts file's entries,
   * else A and AAAA records; IPv4 first.
   */
  public CompletableFuture<List<InetSocketAddress>> addresses(SrvTarget target) {
    String host = target.host();
    Optional<InetAddress> literal = IpLiterals.parse(host);
    if (literal.isPresent()) {
      return CompletableFuture.completedFuture(sockets(List.of(literal.get()), target.port()));
    }
    List<InetAddress> listed = hosts.lookup(host);
    if (!listed.isEmpty()) {
      return CompletableFuture.completedFuture(sockets(listed, target.port()));
    }
    Name name;
    try {
      name = absoluteName(asciiHost(host));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Settled.all(List.of(dns.query(name, Type.A), dns.query(name, Type.AAAA)))
        .thenApply(settled -> {
          List<InetAddress> found = new ArrayList<>();
          for (DnsClient.Answer answer : settled.values()) {
            answer.records().forEach(r -> found.add(withHostName(host, r)));
          }
          if (!found.isEmpty()) {
            return sockets(found, target.port());
          }
          if (settled.anyFailed()) {
            throw settled.firstFailure();
          }
          DnsClient.Answer first = settled.values().get(0);
          boolean nx = settled.values().stream().allMatch(DnsClient.Answer::nxdomain);
          throw new CompletionException(new DnsLookupException(host, "A/AAAA",
              nx ? Reason.NXDOMAIN : Reason.NO_DATA, first.server(),
              nx ? "no such name (NXDOMAIN)" : "no A or AAAA records"));
        });
  }

  /**
   * Every endpoint for {@code domain} in the order to try them: targets in order, each target's
   * addresses in order. Targets whose addresses cannot be found are left out; if none can be, the
   * first target's failure is reported (the others attached as suppressed).
   */
  public CompletableFuture<List<ResolvedEndpoint>> endpoints(String domain, String proxyFqdn) {
    return targets(domain, proxyFqdn).thenCompose(targets -> {
      List<CompletableFuture<List<ResolvedEndpoint>>> perTarget = new ArrayList<>();
      for (SrvTarget t : targets) {
        perTarget.add(addresses(t).thenApply(list -> list.stream()
            .map(a -> new ResolvedEndpoint(a, t.host(), t.directTls())).toList()));
      }
      return Settled.all(perTarget).thenApply(settled -> {
        List<ResolvedEndpoint> all = new ArrayList<>();
        settled.values().forEach(all::addAll);
        if (all.isEmpty() && settled.anyFailed()) {
          throw settled.firstFailure();
        }
        return List.copyOf(all);
      });
    });
  }

  private static List<InetSocketAddress> sockets(List<InetAddress> addresses, int port) {
    return addresses.stream()
        .sorted(Comparator.comparing(a -> !(a instanceof Inet4Address))) // stable: IPv4 first
        .map(a -> new InetSocketAddress(a, port))
        .toList();
  }

  /** The record's address, carrying {@code host} as its name so nothing reverse-resolves it. */
  private static InetAddress withHostName(String host, Record r) {
    InetAddress a = r instanceof ARecord ar ? ar.getAddress() : ((AAAARecord) r).getAddress();
    try {
      return InetAddress.getByAddress(host, a.getAddress());
    } catch (UnknownHostException e) {
      return a; // cannot happen: 4 or 16 bytes
    }
  }

  private static String asciiHost(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (h.isEmpty()) {
      throw new IllegalArgumentException("empty domain");
    }
    return IDN.toASCII(h);
  }

  private static Name absoluteName(String ascii) {
    try {
      return Name.fromString(ascii, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("not a DNS name: " + ascii, e);
    }
  }
}
