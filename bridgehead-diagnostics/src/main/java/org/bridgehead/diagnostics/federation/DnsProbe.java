package org.bridgehead.diagnostics.federation;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bridgehead.edge.dns.DnsLookupException;
import org.bridgehead.edge.dns.ResolvedEndpoint;
import org.bridgehead.edge.dns.SrvTarget;
import org.bridgehead.edge.dns.XmppServerResolver;

/**
 * The DNS steps, asked through the edge's own {@link XmppServerResolver} so the probe sees exactly
 * what the node would: SRV targets in RFC 2782 order, then each target's addresses.
 */
final class DnsProbe {
  private final XmppServerResolver resolver;
  private final String domain;
  private final long timeoutMillis;

  private final boolean hostsOnly;

  /** @param hostsOnly no DNS server, only a hosts file: the resolver skips SRV altogether */
  DnsProbe(XmppServerResolver resolver, String domain, long timeoutMillis, boolean hostsOnly) {
    this.resolver = resolver;
    this.hostsOnly = hostsOnly;
    this.domain = domain;
    this.timeoutMillis = timeoutMillis;
  }

  /** The endpoints to connect to, in order; empty when DNS failed (the failing step is reported). */
  List<ResolvedEndpoint> run(Consumer<Step> report) {
    StepClock srvClock = new StepClock("dns-srv");
    List<SrvTarget> targets;
    try {
      targets = DnsWait.await(resolver.targets(domain, null), domain, timeoutMillis);
    } catch (DnsLookupException e) {
      report.accept(srvClock.fail(e.getMessage(), fixFor(e, domain)));
      return List.of();
    }
    boolean fallback = targets.size() == 1 && isFallback(targets.get(0));
    report.accept(hostsOnly
        ? srvClock.info("SRV not asked: no DNS server given, names come from the hosts file only")
        : fallback
        ? srvClock.warn("no _xmpps-server._tcp or _xmpp-server._tcp record for " + domain
            + "; falling back to " + domain + ":" + targets.get(0).port(),
            "publish _xmpp-server._tcp." + domain + " SRV records (one per edge pool, different priorities) "
                + "so partners find every pool")
        : srvClock.pass(describe(targets)));
    List<ResolvedEndpoint> endpoints = new ArrayList<>();
    for (SrvTarget t : targets) {
      StepClock clock = new StepClock("dns-address");
      try {
        List<InetSocketAddress> addresses = DnsWait.await(resolver.addresses(t), t.host(), timeoutMillis);
        addresses.forEach(a -> endpoints.add(new ResolvedEndpoint(a, t.host(), t.directTls())));
        report.accept(clock.pass(t.host() + " -> " + addresses.stream()
            .map(a -> a.getAddress().getHostAddress() + ":" + a.getPort()).toList()));
      } catch (DnsLookupException e) {
        report.accept(fallback ? clock.fail(e.getMessage(), Fixes.noDns(domain))
            : clock.step(targets.size() > 1 ? StepStatus.WARN : StepStatus.FAIL, e.getMessage(),
                Fixes.noAddress(t.host())));
      }
    }
    if (endpoints.isEmpty() && targets.size() > 1) {
      report.accept(new StepClock("dns-address").fail("no SRV target of " + domain + " has an address",
          Fixes.noAddress("the SRV targets")));
    }
    return endpoints;
  }

  private boolean isFallback(SrvTarget t) {
    return t.host().equalsIgnoreCase(domain) && t.port() == XmppServerResolver.DEFAULT_PORT
        && t.priority() == 0 && t.weight() == 0 && !t.directTls();
  }

  private static String describe(List<SrvTarget> targets) {
    StringBuilder sb = new StringBuilder();
    for (SrvTarget t : targets) {
      if (sb.length() > 0) sb.append("; ");
      sb.append(t.directTls() ? "_xmpps-server" : "_xmpp-server").append(" priority ").append(t.priority())
          .append(" weight ").append(t.weight()).append(' ').append(t.host()).append(':').append(t.port());
    }
    return sb.toString();
  }

  private static String fixFor(DnsLookupException e, String domain) {
    return switch (e.reason()) {
      case NXDOMAIN, NO_DATA -> Fixes.noDns(domain);
      case NO_SERVICE -> Fixes.noService(domain);
      default -> Fixes.dnsUnreachable(domain);
    };
  }
}
