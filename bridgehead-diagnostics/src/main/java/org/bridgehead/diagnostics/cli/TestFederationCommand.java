package org.bridgehead.diagnostics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.bridgehead.diagnostics.federation.FederationProbe;
import org.bridgehead.diagnostics.federation.FederationReport;
import org.bridgehead.diagnostics.federation.OwnRecordsCheck;
import org.bridgehead.diagnostics.federation.ProbeOptions;
import org.bridgehead.diagnostics.federation.Step;
import org.bridgehead.edge.dns.XmppServerResolver;
import org.bridgehead.edge.tls.ChainValidator;
import org.bridgehead.edge.tls.Pem;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.topology.TopologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgehead test-federation <domain>}: every step from DNS to ping against a partner, or with
 * {@code --check-own-records} our own SRV records against the topology. Exit 0 when every step
 * passed, 1 when one failed, 2 for bad input.
 */
@Command(name = "test-federation", mixinStandardHelpOptions = true,
    description = "Probe XMPP federation with a domain step by step (DNS, TCP, TLS, certificate, auth, ping), "
        + "each failure with its fix; or check our own _xmpp-server._tcp records against the topology.")
public final class TestFederationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOMAIN", description = "The partner domain (with --check-own-records: ours).")
  String domain;

  @Option(names = "--local-domain", paramLabel = "D", description = "The domain we speak for (stream 'from', authentication).")
  String localDomain;

  @Option(names = "--dns-server", paramLabel = "HOST:PORT", description = "DNS server to ask (IP; repeatable). The system resolver is never used.")
  List<String> dnsServers = new ArrayList<>();

  @Option(names = "--hosts-file", paramLabel = "F", description = "hosts-format file consulted before DNS.")
  Path hostsFile;

  @Option(names = "--trust-anchors", paramLabel = "PEM", description = "CA certificates the partner's chain must lead to (default: the JDK's).")
  Path trustAnchors;

  @Option(names = "--client-cert", paramLabel = "PEM", description = "Our certificate chain, for SASL EXTERNAL.")
  Path clientCert;

  @Option(names = "--client-key", paramLabel = "PEM", description = "The key of --client-cert.")
  Path clientKey;

  @Option(names = "--dialback-secret", paramLabel = "SECRET", defaultValue = "${env:BRIDGEHEAD_DIALBACK_SECRET}",
      description = "The running node's dialback secret (or BRIDGEHEAD_DIALBACK_SECRET): dialback is then tried for real.")
  String dialbackSecret;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Per network step (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", converter = OutputFormat.Converter.class, description = "text (default) or json.")
  OutputFormat output;

  @Option(names = "--check-own-records", description = "Check DOMAIN's (our) SRV records against the topology.")
  boolean checkOwnRecords;

  @Option(names = "--topology", paramLabel = "FILE", description = "With --check-own-records: a topology export (default: the store).")
  Path topology;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
    PrintWriter out = spec.commandLine().getOut();
    List<InetSocketAddress> servers = dnsServers.stream().map(s -> IpEndpoints.parse(s, 53)).toList();
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    Consumer<Step> live = output == OutputFormat.TEXT ? s -> print(out, s) : s -> { };
    FederationReport report;
    if (checkOwnRecords) {
      if (servers.isEmpty()) throw new IllegalArgumentException("--check-own-records needs --dns-server: the public view of our records");
      XmppServerResolver resolver = new XmppServerResolver(servers, hostsFile, XmppServerResolver.DEFAULT_PORT, timeout);
      report = new OwnRecordsCheck(resolver, timeout).check(domain, ownTopology(), live);
    } else {
      report = new FederationProbe(options(servers, timeout)).run(live);
    }
    if (output == OutputFormat.JSON) {
      out.println(Json.write(report));
    } else {
      out.println(report.passed() ? "PASSED: every step passed" : "FAILED: see the fixes above");
    }
    out.flush();
    return report.passed() ? 0 : 1;
  }

  private ProbeOptions options(List<InetSocketAddress> servers, Duration timeout) throws IOException {
    if ((clientCert == null) != (clientKey == null)) {
      throw new IllegalArgumentException("--client-cert and --client-key go together");
    }
    PrivateKey key = clientKey == null ? null : Pem.readPrivateKey(clientKey);
    List<X509Certificate> chain = clientCert == null ? List.of() : Pem.readCertificates(clientCert);
    String secret = dialbackSecret == null || dialbackSecret.isBlank() ? null : dialbackSecret;
    return new ProbeOptions(domain, localDomain, servers, hostsFile, ChainValidator.load(trustAnchors),
        key, chain, secret, timeout);
  }

  private Topology ownTopology() {
    if (topology != null) return TopologyFiles.read(topology);
    try (ManagementService service = ManagementService.open(store.location())) {
      return service.topology().topology();
    }
  }

  private static void print(PrintWriter out, Step s) {
    out.printf("%-4s %-20s %6d ms  %s%n", s.status(), s.name(), s.millis(), s.detail());
    if (s.fix() != null) out.printf("     fix: %s%n", s.fix());
    out.flush();
  }
}
