package org.bridgehead.diagnostics.federation;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.bridgehead.edge.dns.ResolvedEndpoint;
import org.bridgehead.edge.dns.XmppServerResolver;

/**
 * {@code test-federation}: probes a partner domain the way the edge would reach it, one timed step
 * at a time, each failure with its fix. DNS (SRV, A/AAAA) → TCP to each candidate in order → stream
 * and features → STARTTLS → handshake → chain and names → features after TLS → authentication → ping.
 */
public final class FederationProbe {
  private final ProbeOptions options;

  public FederationProbe(ProbeOptions options) {
    this.options = options;
  }

  /** Runs every step; {@code live} sees each as it completes (for a console), the report holds all. */
  public FederationReport run(Consumer<Step> live) {
    List<Step> steps = new ArrayList<>();
    Consumer<Step> report = s -> {
      steps.add(s);
      live.accept(s);
    };
    Duration timeout = options.timeout();
    XmppServerResolver resolver = new XmppServerResolver(options.dnsServers(), options.hostsFile(),
        XmppServerResolver.DEFAULT_PORT, timeout);
    List<ResolvedEndpoint> endpoints = new DnsProbe(resolver, options.domain(), timeout.toMillis(),
        options.dnsServers().isEmpty()).run(report);
    if (endpoints.isEmpty()) {
      report.accept(StepClock.skip("remaining-steps", "not run: no address to connect to"));
      return new FederationReport(options.domain(), steps);
    }
    SSLContext tls = ProbeTls.context(options.clientKey(), options.clientChain());
    List<StepClock.Timed> refused = new ArrayList<>();
    for (ResolvedEndpoint endpoint : endpoints) {
      StepClock clock = new StepClock("tcp-connect");
      Socket socket = new Socket();
      try {
        socket.connect(endpoint.address(), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
      } catch (IOException e) {
        closeQuietly(socket);
        refused.add(clock.timed(describe(endpoint) + ": " + e.getMessage(),
            Fixes.portClosed(options.domain(), endpoint.address().getPort())));
        continue;
      }
      // another candidate answered: failover works, the closed ones are only warnings
      refused.forEach(r -> report.accept(r.as(StepStatus.WARN)));
      report.accept(clock.pass(describe(endpoint) + (endpoint.directTls() ? " (direct TLS)" : "")));
      try (ProbeConnection conn = new ProbeConnection(socket)) {
        new StreamProbe(options, tls, report).run(conn, endpoint);
      } catch (IOException e) {
        report.accept(new StepClock("connection").fail(e.getMessage(), Fixes.streamError(options.domain())));
      }
      return new FederationReport(options.domain(), steps);
    }
    refused.forEach(r -> report.accept(r.as(StepStatus.FAIL)));
    report.accept(StepClock.skip("remaining-steps", "not run: no candidate accepted a TCP connection"));
    return new FederationReport(options.domain(), steps);
  }

  private static String describe(ResolvedEndpoint e) {
    return e.host() + " " + e.address().getAddress().getHostAddress() + ":" + e.address().getPort();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // never connected
    }
  }
}
