package org.bridgehead.server.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;
import picocli.CommandLine;

/** A SIP MESSAGE translated by the node's gateway shows in the translation latency histogram at /metrics. */
class NodeTranslationMetricsTest {
  static final String PROXY = "127.0.7.6";
  @TempDir Path dir;

  @Test
  void oneSipMessageIsOneTranslationObservation() throws Exception {
    var h = new NodeDiagnosticsTest.Holder(); // the node's command-line options, as `bridgehead run` reads them
    new CommandLine(h).parseArgs("--domain", "contoso.test", "--data-dir", dir.toString(), "--listen", "127.0.7.5:0",
        "--api-listen", "127.0.7.5:0", "--sip-listen", "127.0.7.5:0", "--sip-proxy", PROXY + ":5060");
    NodeSetup setup = h.node.resolve(new PrintWriter(new StringWriter()));
    try (Node node = Node.start(setup, null, e -> {})) {
      node.store().users().create(LocalUser.of("sip:alice@contoso.test", "Alice", null), null, "test");
      var global = node.store().policies().find(PolicyIdentity.GLOBAL).orElseThrow();
      node.store().policies().update(new ExternalAccessPolicy(PolicyIdentity.GLOBAL, "", true, true, true, true,
          global.version()), "test");
      node.store().partners().create(XmppPartner.builder(JidCreate.domainBareFrom("fabrikam.test"))
          .partnerType(PartnerType.FEDERATED).build(), "test");
      await().atMost(Duration.ofSeconds(5)).until(() -> !node.status().partners().isEmpty());
      assertThat(scrape(node)).doesNotContain("bridgehead_translation_latency_seconds_count");

      var sip = node.gateway().sipHop(SipTransport.UDP);
      String status = sendMessage(new InetSocketAddress(sip.address(), sip.port()));
      // translated and handed to the edge, which finds no route to fabrikam.test (no DNS servers configured)
      assertThat(status).startsWith("SIP/2.0 404").contains("remote-server-not-found");

      assertThat(scrape(node))
          .contains("bridgehead_translation_latency_seconds_count{path=\"sip-to-xmpp\"} 1")
          .doesNotContain("path=\"xmpp-to-sip\"");
    }
  }

  /** A MESSAGE from the trusted proxy's address (no digest), returning the final response's status line. */
  private static String sendMessage(InetSocketAddress gateway) throws Exception {
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(PROXY, 0))) {
      socket.setSoTimeout(10_000);
      String body = "hello Bob";
      String request = "MESSAGE sip:bob@fabrikam.test SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP " + PROXY + ":" + socket.getLocalPort() + ";branch=z9hG4bK-metrics-1;rport\r\n"
          + "Max-Forwards: 70\r\n"
          + "From: <sip:alice@contoso.test>;tag=a1\r\n"
          + "To: <sip:bob@fabrikam.test>\r\n"
          + "Call-ID: metrics-1@" + PROXY + "\r\n"
          + "CSeq: 1 MESSAGE\r\n"
          + "Content-Type: text/plain\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body;
      byte[] out = request.getBytes(StandardCharsets.UTF_8);
      socket.send(new DatagramPacket(out, out.length, gateway));
      byte[] in = new byte[8192];
      while (true) {
        DatagramPacket p = new DatagramPacket(in, in.length);
        socket.receive(p);
        String line = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (!line.matches("SIP/2\\.0 1\\d\\d .*")) return line;
      }
    }
  }

  private static String scrape(Node node) throws Exception {
    String root = node.apiUrl().replace("/api/v1", "");
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
