package org.bridgehead.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.Usage;
import org.bridgehead.certs.request.CertificateRequest;
import org.bridgehead.certs.request.Deployment;
import org.bridgehead.certs.request.KeyType;
import org.bridgehead.certs.request.SanPlanner;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.interop.Partners.Kind;
import org.bridgehead.interop.Partners.Row;
import org.bridgehead.interop.peers.PeerTls;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.XmppTestClient;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * The certificate wizard end to end with a real partner: a CSR is signed by a second CA, imported and
 * assigned to the external edge while Prosody's stream to us is up; the next stream we open presents
 * the new certificate and Prosody authenticates it with SASL EXTERNAL; the established stream stays.
 */
class CertificateLiveChangeTest {
  @Test
  void anAssignedCertificateServesNewStreamsWhileEstablishedOnesStay() throws Exception {
    Kind kind = Kind.PROSODY;
    Path dir = Files.createDirectories(Path.of("target", "interop", "certificate-live"));
    TestPki first = TestPki.newCa("Bridgehead first CA");
    TestPki second = TestPki.newCa("Bridgehead second CA");
    TestPki.PemFiles nodeFiles = first.issueServer(BridgeheadNode.DOMAIN).write(dir, "contoso");
    TestPki.PemFiles peerFiles = first.issueServer(kind.domain).write(dir, "fabrikam");
    // Prosody trusts both CAs; the node trusts the CA of Prosody's certificate
    PeerTls peerTls = PeerTls.of(peerFiles, PeerTls.writeCaBundle(dir.resolve("peer-trust.crt"), first, second));
    TlsSettings nodeTls = new TlsSettings(nodeFiles.certificateChain(), nodeFiles.privateKey(),
        first.writeCertificate(dir.resolve("node-trust.crt")));
    try (XmppPeer peer = Partners.start(kind, Row.SASL_OVER_TLS, peerTls);
         BridgeheadNode node = BridgeheadNode.start(nodeTls, List.of(), Partners.partner(kind, Row.SASL_OVER_TLS));
         XmppTestClient alice = XmppTestClient.login(peer, "alice")) {
      alice.send("bob@contoso.test", "before the change");
      node.awaitInbound(peer.logTail(40));

      CertificateWizard wizard = CertificateWizard.forDataDir(node.node().store().store(), node.dataDir());
      var plan = SanPlanner.plan(new Deployment(List.of("contoso.test"), List.of(), List.of(), Set.of("contoso.test"),
          List.of()), null);
      var pending = wizard.request(new CertificateRequest("Edge 2026", KeyType.RSA_2048, false, "Contoso", "IT", "US",
          "WA", "Redmond", plan), "test");
      var key = csrKey(pending.csrPem());
      var issued = second.sign(key, TestPki.request().dnsName("contoso.test").commonName("contoso.test"));
      String chain = pem(issued) + pem(second.certificate());
      wizard.importChain(chain, "Edge 2026", List.of(second.certificate()), "test");
      wizard.assign("Edge 2026", Usage.EXTERNAL_EDGE, "test");
      await().atMost(Duration.ofSeconds(5)).until(() -> node.node().edge().tlsCertificate().orElseThrow()
          .getIssuerX500Principal().getName().contains("second CA"));

      // a new stream (ours to Prosody) presents the new certificate; Prosody accepts it by SASL EXTERNAL
      node.send("bob@contoso.test", "alice@" + kind.domain, "after the change").get(20, TimeUnit.SECONDS);
      assertThat(alice.awaitMessage(Duration.ofSeconds(20)).getBody()).isEqualTo("after the change");
      assertThat(node.node().edge().outboundStatus().get(0).authenticatedBy()).isEqualTo(AuthMethod.SASL_EXTERNAL);

      // Prosody's stream to us, set up before the change, still carries its messages: no new one was needed
      alice.send("bob@contoso.test", "still on the old stream");
      assertThat(node.awaitInbound(peer.logTail(40)).stanza().element().child("body").orElseThrow().text())
          .isEqualTo("still on the old stream");
      assertThat(node.events().stream().filter(e -> e.kind() == EdgeEvent.Kind.INBOUND_AUTHENTICATED).count())
          .as(node.eventLog()).isEqualTo(1);

      // bridgehead status counts the real streams: Prosody's to us and ours to Prosody
      var partner = node.node().status().partners().get(0);
      assertThat(partner.domain()).isEqualTo(kind.domain);
      assertThat(partner.inboundStreams()).isEqualTo(1);
      assertThat(partner.outboundStreams()).isEqualTo(1);
      assertThat(partner.authenticatedBy()).isEqualTo("SASL_EXTERNAL");
      assertThat(partner.queued()).isZero();

      // test-federation against the real partner: passes with our (new) certificate for SASL EXTERNAL...
      Path certs = node.dataDir().resolve("certs").resolve(Usage.EXTERNAL_EDGE.directory());
      String[] probe = {"test-federation", kind.domain, "--hosts-file", "/etc/hosts", "--local-domain", "contoso.test",
          "--client-cert", certs.resolve("chain.pem").toString(), "--client-key", certs.resolve("key.pem").toString(),
          "--timeout", "10"};
      StringWriter out = new StringWriter();
      int good = cli(out, concat(probe, "--trust-anchors", dir.resolve("node-trust.crt").toString()));
      assertThat(good).as(out.toString()).isZero();
      assertThat(out.toString()).contains("PASS");
      // ...and names the certificate problem, with its fix, when the partner's chain is not trusted
      second.writeCertificate(dir.resolve("wrong-trust.crt"));
      StringWriter bad = new StringWriter();
      assertThat(cli(bad, concat(probe, "--trust-anchors", dir.resolve("wrong-trust.crt").toString())))
          .as(bad.toString()).isEqualTo(1);
      assertThat(bad.toString()).contains("FAIL");
    }
  }

  private static int cli(StringWriter out, String... args) {
    var cli = org.bridgehead.server.Bridgehead.commandLine();
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(out, true));
    return cli.execute(args);
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static java.security.PublicKey csrKey(String csrPem) throws Exception {
    try (var p = new org.bouncycastle.openssl.PEMParser(new java.io.StringReader(csrPem))) {
      return new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter().getPublicKey(
          ((org.bouncycastle.pkcs.PKCS10CertificationRequest) p.readObject()).getSubjectPublicKeyInfo());
    }
  }

  private static String pem(java.security.cert.X509Certificate c) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
        .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
  }
}
