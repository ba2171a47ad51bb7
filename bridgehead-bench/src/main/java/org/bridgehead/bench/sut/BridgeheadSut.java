package org.bridgehead.bench.sut;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bridgehead.bench.load.SipSink;
import org.bridgehead.testkit.pki.TestPki;

/**
 * Bridgehead from the shaded jar, in proxy mode: the SIP next hop (the bench's SIP sink, or SIPp) is
 * on {@link BenchNet#SIP_NEXT_HOP_IP}; the recipient is a stored user with XMPP access on; every generator
 * domain is a Federated partner (dialback, TLS required) with the connection limits raised.
 */
public final class BridgeheadSut implements Sut {
  private final Path jar;
  private final Path dir;
  private final TestPki ca;
  private final List<String> partnerDomains;
  private final String javaOptions;
  private final String version;
  private SutProcess process;

  public BridgeheadSut(Path jar, Path dir, TestPki ca, List<String> partnerDomains, String javaOptions, String version) {
    this.jar = jar;
    this.dir = dir;
    this.ca = ca;
    this.partnerDomains = List.copyOf(partnerDomains);
    this.javaOptions = javaOptions;
    this.version = version;
  }

  @Override public String name() { return "Bridgehead"; }
  /** With the JVM options, which the report must name: memory figures depend on them. */
  @Override public String version() { return version + "; JVM options: " + (javaOptions.isBlank() ? "none" : javaOptions.trim()); }
  @Override public String domain() { return BenchNet.BRIDGEHEAD_DOMAIN; }
  @Override public InetSocketAddress s2sAddress() { return new InetSocketAddress(BenchNet.BRIDGEHEAD_IP, BenchNet.S2S_PORT); }
  @Override public long pid() { return process.pid(); }
  @Override public String recipient() { return BenchNet.RECIPIENT + "@" + domain(); }
  @Override public String recipientKind() { return "SIP user behind the gateway (MESSAGE to the --sip-proxy next hop, answered 200 by the bench's SIP sink)"; }

  public InetSocketAddress sipAddress() { return new InetSocketAddress(BenchNet.BRIDGEHEAD_IP, BenchNet.SIP_PORT); }

  @Override
  public AutoCloseable connectRecipient(EventLoopGroup group, Consumer<String> sink) throws Exception {
    return SipSink.bind(new InetSocketAddress(BenchNet.SIP_NEXT_HOP_IP, BenchNet.SIP_PORT), sink);
  }

  @Override
  public void start() {
    SutFiles.fresh(dir);
    SutFiles.Tls tls = SutFiles.tls(ca, domain(), dir);
    Path hosts = SutFiles.write(dir.resolve("hosts"), HostsBlock.replace("", Map.of(BenchNet.GENERATOR_IP, partnerDomains)));
    Path config = SutFiles.write(dir.resolve("bridgehead.yaml"), yaml(tls, hosts));
    Path data = dir.resolve("data");
    SutFiles.run(dir, cli("user", "new", "sip:" + recipient(), "--data-dir", data.toString()), 120);
    SutFiles.run(dir, cli("external-access-policy", "set", "Global", "--enable-xmpp-access", "--data-dir", data.toString()), 120);
    List<String> run = cli("run", "--config", config.toString(), "--data-dir", data.toString(), "--api-listen", "none",
        "--sip-listen", BenchNet.BRIDGEHEAD_IP + ":" + BenchNet.SIP_PORT,
        "--sip-proxy", BenchNet.SIP_NEXT_HOP_IP + ":" + BenchNet.SIP_PORT);
    process = SutProcess.launch(name(), run, dir);
    process.awaitListening(s2sAddress(), Duration.ofSeconds(90));
  }

  private List<String> cli(String... args) {
    List<String> cmd = new ArrayList<>(List.of("java"));
    if (!javaOptions.isBlank()) cmd.addAll(List.of(javaOptions.trim().split("\\s+")));
    cmd.addAll(List.of("-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private String yaml(SutFiles.Tls tls, Path hosts) {
    StringBuilder y = new StringBuilder("localDomains: [").append(domain()).append("]\n");
    y.append("edge:\n  listen: ").append(BenchNet.BRIDGEHEAD_IP).append(':').append(BenchNet.S2S_PORT).append('\n');
    y.append("  tls:\n    certificateChain: ").append(SutFiles.q(tls.chain())).append("\n    privateKey: ")
        .append(SutFiles.q(tls.key())).append("\n    trustAnchors: ").append(SutFiles.q(tls.ca())).append('\n');
    y.append("  dnsResolvers: []\n  hostsFile: ").append(SutFiles.q(hosts)).append('\n');
    y.append("gateway:\n  connectionLimit: 100000\n  perPartnerConnectionLimit: 10000\n");
    y.append("  dialbackSecret: bench-dialback-secret-0123456789\n");
    y.append("partners:\n");
    for (String d : partnerDomains) {
      y.append("  - primaryDomain: ").append(d).append("\n    partnerType: Federated\n    tls: Required\n")
          .append("    sasl: NotSupported\n    dialback: true\n    connectionLimit: 10000\n");
    }
    return y.toString();
  }

  @Override
  public void close() {
    if (process != null) process.stop(Duration.ofSeconds(10));
    process = null;
  }
}
