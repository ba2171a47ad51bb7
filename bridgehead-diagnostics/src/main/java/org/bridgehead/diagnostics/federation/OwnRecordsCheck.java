package org.bridgehead.diagnostics.federation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bridgehead.edge.dns.DnsLookupException;
import org.bridgehead.edge.dns.SrvTarget;
import org.bridgehead.edge.dns.XmppServerResolver;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;

/**
 * {@code test-federation --check-own-records}: our published {@code _xmpp-server._tcp} records
 * against the topology (seed 000): one record per edge pool with XMPP federation enabled, on the
 * pool's external port (5269), each pool with its own priority so partners fail over between pools;
 * and every site's XMPP federation route assigned.
 */
public final class OwnRecordsCheck {
  private final XmppServerResolver resolver;
  private final long timeoutMillis;

  public OwnRecordsCheck(XmppServerResolver resolver, Duration timeout) {
    this.resolver = resolver;
    this.timeoutMillis = timeout.toMillis();
  }

  public FederationReport check(String domain, Topology topology, Consumer<Step> live) {
    List<Step> steps = new ArrayList<>();
    Consumer<Step> report = s -> {
      steps.add(s);
      live.accept(s);
    };
    routes(topology, report);
    List<EdgePool> pools = topology.pools().stream().filter(EdgePool::xmppFederationEnabled).toList();
    if (pools.isEmpty()) {
      report.accept(new StepClock("own-pools").fail("no edge pool has XMPP federation enabled",
          "enable XMPP federation on an edge pool (Set-CsEdgePool / topology) and assign it as the site's route"));
    }
    StepClock clock = new StepClock("own-srv");
    List<SrvTarget> records;
    try {
      records = DnsWait.await(resolver.targets(domain, null), domain, timeoutMillis).stream()
          .filter(t -> !t.directTls()).toList();
    } catch (DnsLookupException e) {
      report.accept(clock.fail(e.getMessage(), Fixes.noDns(domain)));
      return new FederationReport(domain, steps);
    }
    boolean fallback = records.size() == 1 && records.get(0).host().equalsIgnoreCase(domain)
        && records.get(0).priority() == 0 && records.get(0).weight() == 0;
    if (records.isEmpty() || fallback) {
      report.accept(clock.fail("no _xmpp-server._tcp." + domain + " record", Fixes.noDns(domain)));
      return new FederationReport(domain, steps);
    }
    report.accept(clock.pass(records.size() + " record(s)"));
    Map<Integer, List<String>> poolsByPriority = new HashMap<>();
    for (EdgePool pool : pools) {
      StepClock poolClock = new StepClock("own-srv-pool");
      Optional<SrvTarget> record = records.stream().filter(r -> r.host().equalsIgnoreCase(pool.fqdn())).findFirst();
      if (record.isEmpty()) {
        report.accept(poolClock.fail(pool.fqdn() + " has no record",
            "publish _xmpp-server._tcp." + domain + " SRV <priority> 0 " + pool.externalPort() + " " + pool.fqdn()
                + " with a priority no other pool uses"));
        continue;
      }
      SrvTarget r = record.get();
      poolsByPriority.computeIfAbsent(r.priority(), p -> new ArrayList<>()).add(pool.fqdn());
      report.accept(r.port() == pool.externalPort()
          ? poolClock.pass(pool.fqdn() + " priority " + r.priority() + " port " + r.port())
          : poolClock.fail(pool.fqdn() + " is published on port " + r.port() + ", the pool listens on " + pool.externalPort(),
              "correct the SRV record of " + pool.fqdn() + " to port " + pool.externalPort()));
    }
    poolsByPriority.forEach((priority, shared) -> {
      if (shared.size() > 1) {
        report.accept(new StepClock("own-srv-priority").fail("pools " + shared + " share priority " + priority,
            "give each edge pool's SRV record its own priority, so partners use one pool and fail over to the next"));
      }
    });
    Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    pools.forEach(p -> known.add(p.fqdn()));
    for (SrvTarget r : records) {
      if (!known.contains(r.host())) {
        report.accept(new StepClock("own-srv-stray").fail(r.host() + ":" + r.port() + " is not an edge pool with XMPP federation",
            "remove the record or enable XMPP federation on that pool in the topology"));
      }
    }
    return new FederationReport(domain, steps);
  }

  private static void routes(Topology topology, Consumer<Step> report) {
    for (Site site : topology.sites()) {
      boolean routed = topology.routes().stream().anyMatch(r -> r.site().equals(site.name()));
      if (!routed) {
        report.accept(new StepClock("own-route").warn("site " + site.name() + " has no XMPP federation route",
            "assign an edge pool with XMPP federation as the site's XMPP federation route and publish the topology"));
      }
    }
  }
}
