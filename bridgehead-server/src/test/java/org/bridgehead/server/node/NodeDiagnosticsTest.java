package org.bridgehead.server.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.certs.AssignedCertificates;
import org.bridgehead.certs.Usage;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.diagnostics.events.EventLog;
import org.bridgehead.diagnostics.events.EventQuery;
import org.bridgehead.diagnostics.events.EventType;
import org.bridgehead.diagnostics.events.Retention;
import org.bridgehead.server.cli.NodeOptions;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A running node keeps its event log, serves its metrics, and takes a newly assigned certificate live. */
class NodeDiagnosticsTest {
  @TempDir Path dir;

  @Command(name = "holder")
  static final class Holder {
    @Mixin NodeOptions node;
  }

  @Test
  void eventsMetricsAndALiveCertificateChange() throws Exception {
    Holder h = new Holder();
    new CommandLine(h).parseArgs("--domain", "contoso.test", "--data-dir", dir.toString(), "--listen", "127.0.1.5:0",
        "--api-listen", "127.0.1.5:0", "--sip-listen", "none");
    NodeSetup setup = h.node.resolve(new PrintWriter(new StringWriter()));
    try (Node node = Node.start(setup, null, e -> {})) {
      EventLog log = new EventLog(node.store().store().jdbi(), "test", Retention.DEFAULT, java.time.Clock.systemUTC());
      await().atMost(Duration.ofSeconds(5)).until(() -> log.query(EventQuery.all()).stream()
          .anyMatch(e -> e.id() == EventType.SERVICE_STARTED.id()));

      String root = node.apiUrl().replace("/api/v1", "");
      HttpResponse<String> metrics = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(root + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
      assertThat(metrics.body()).contains("bridgehead_up 1.0").contains("jvm_memory_used_bytes");

      var status = node.status();
      assertThat(status.roles()).contains("edge", "management");
      assertThat(status.s2sListener()).contains("127.0.1.5");
      HttpResponse<String> viaApi = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(node.apiUrl() + "/status")).header("Authorization", "Bearer "
              + Files.readString(dir.resolve("api.token")).strip()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(viaApi.statusCode()).isEqualTo(200);
      assertThat(viaApi.body()).contains("\"s2sConnections\"").contains("\"roles\"");

      var before = node.edge().tlsCertificate().orElseThrow();
      // a certificate 10 days from expiry: served at once, and the node warns about it
      TestPki.PemFiles issued = TestPki.newCa("Assigned CA").issue(TestPki.request().dnsName("contoso.test")
          .commonName("contoso.test").validity(java.time.Instant.now().minus(Duration.ofDays(1)),
              java.time.Instant.now().plus(Duration.ofDays(10)))).write(dir.resolve("new"), "edge");
      new AssignedCertificates(dir).install(Usage.EXTERNAL_EDGE, Files.readString(issued.certificateChain()),
          Files.readString(issued.privateKey()));
      // any committed change makes the node look at its assigned certificate
      node.store().partners().create(XmppPartner.builder(JidCreate.domainBareFrom("fabrikam.test"))
          .partnerType(PartnerType.FEDERATED).build(), "test");
      await().atMost(Duration.ofSeconds(5)).until(() -> !node.edge().tlsCertificate().orElseThrow().equals(before));
      assertThat(node.status().partners()).extracting(NodeStatus.Partner::domain).containsExactly("fabrikam.test");
      await().atMost(Duration.ofSeconds(5)).until(() -> log.query(EventQuery.all()).stream()
          .anyMatch(e -> e.id() == EventType.CERTIFICATE_EXPIRING.id()));
      assertThat(node.metrics()).contains("bridgehead_certificate");
      assertThat(node.edge().tlsCertificate().orElseThrow().getIssuerX500Principal().getName()).contains("Assigned CA");

      // files written after the store's change was announced (the wizard's order): found by the node's own look
      var assigned = node.edge().tlsCertificate().orElseThrow();
      Thread.sleep(20); // a later file time than the served one
      TestPki.PemFiles late = TestPki.newCa("Late CA").issue(TestPki.request().dnsName("contoso.test")
          .commonName("contoso.test")).write(dir.resolve("late"), "edge");
      new AssignedCertificates(dir).install(Usage.EXTERNAL_EDGE, Files.readString(late.certificateChain()),
          Files.readString(late.privateKey()));
      await().atMost(Duration.ofSeconds(6)).until(() -> !node.edge().tlsCertificate().orElseThrow().equals(assigned));
      assertThat(node.edge().tlsCertificate().orElseThrow().getIssuerX500Principal().getName()).contains("Late CA");
    }
  }
}
