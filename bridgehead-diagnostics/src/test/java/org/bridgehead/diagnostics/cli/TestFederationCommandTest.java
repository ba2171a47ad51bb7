package org.bridgehead.diagnostics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;
import org.bridgehead.management.topology.TopologyFiles;
import org.bridgehead.testkit.dns.LoopbackDnsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line of test-federation: exit codes, JSON output, --check-own-records. */
class TestFederationCommandTest {
  private static final String OURS = "contoso.test";
  private static final String SRV = "_xmpp-server._tcp." + OURS;

  private final LoopbackDnsServer dns = new LoopbackDnsServer();
  private final StringWriter out = new StringWriter();

  @AfterEach
  void close() {
    dns.close();
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new TestFederationCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out));
    return cli.execute(args);
  }

  private String dnsArg() {
    return dns.address().getAddress().getHostAddress() + ":" + dns.address().getPort();
  }

  private static Path topology(Path dir) {
    Topology t = new Topology(List.of(new Site("Redmond", "", 0), new Site("Dublin", "", 0)),
        List.of(EdgePool.of("edge1.contoso.test", "Redmond", true), EdgePool.of("edge2.contoso.test", "Dublin", true)),
        List.of(new XmppFederationRoute("Redmond", "edge1.contoso.test", 0),
            new XmppFederationRoute("Dublin", "edge2.contoso.test", 0)));
    Path file = dir.resolve("topology.json");
    TopologyFiles.write(t, file);
    return file;
  }

  @Test
  void ownRecordsOnePriorityPerPoolPass(@TempDir Path dir) throws Exception {
    dns.addSrv(SRV, 10, 0, 5269, "edge1.contoso.test").addSrv(SRV, 20, 0, 5269, "edge2.contoso.test");
    int exit = run(OURS, "--check-own-records", "--topology", topology(dir).toString(), "--dns-server", dnsArg(),
        "--output", "json");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(exit).as(out.toString()).isZero();
    assertThat(json.get("domain").asText()).isEqualTo(OURS);
    assertThat(json.get("steps")).extracting(s -> s.get("status").asText()).containsOnly("PASS");
  }

  @Test
  void ownRecordsSharedPriorityWrongPortAndStrayTargetFail(@TempDir Path dir) {
    dns.addSrv(SRV, 10, 0, 5269, "edge1.contoso.test").addSrv(SRV, 10, 0, 5222, "edge2.contoso.test")
        .addSrv(SRV, 30, 0, 5269, "old-edge.contoso.test");
    int exit = run(OURS, "--check-own-records", "--topology", topology(dir).toString(), "--dns-server", dnsArg());
    String text = out.toString();
    assertThat(exit).isEqualTo(1);
    assertThat(text).contains("edge2.contoso.test is published on port 5222, the pool listens on 5269")
        .contains("share priority 10").contains("give each edge pool's SRV record its own priority")
        .contains("old-edge.contoso.test:5269 is not an edge pool with XMPP federation")
        .contains("FAILED");
  }

  @Test
  void ownRecordsMissingAndUnroutedSite(@TempDir Path dir) {
    Topology t = new Topology(List.of(new Site("Redmond", "", 0)), List.of(EdgePool.of("edge1.contoso.test", "Redmond", true)),
        List.of());
    Path file = dir.resolve("t.json");
    TopologyFiles.write(t, file);
    int exit = run(OURS, "--check-own-records", "--topology", file.toString(), "--dns-server", dnsArg());
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).contains("site Redmond has no XMPP federation route")
        .contains("no SRV and no A record: publish _xmpp-server._tcp.contoso.test");
  }

  @Test
  void probeFailureExitsOneWithTheFixInJson() throws Exception {
    int exit = run("fabrikam.test", "--dns-server", dnsArg(), "--output", "json", "--timeout", "3");
    assertThat(exit).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    JsonNode failed = null;
    for (JsonNode s : json.get("steps")) if (s.get("status").asText().equals("FAIL")) failed = s;
    assertThat(failed).isNotNull();
    assertThat(failed.get("fix").asText()).startsWith("no SRV and no A record");
  }

  @Test
  void hostNameAsDnsServerIsRefused() {
    assertThat(run("fabrikam.test", "--dns-server", "dns.example.com:53")).isNotZero();
  }
}
