package org.bridgehead.interop.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.testkit.pki.TestPki;
import org.jivesoftware.smack.packet.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the harness: Prosody (fabrikam.test, 127.0.0.2) and ejabberd (tailspin.test, 127.0.0.3),
 * both with certificates of one test CA, federate with each other in both directions.
 */
class PeersFederateTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static ProsodyPeer fabrikam;
  private static EjabberdPeer tailspin;

  @BeforeAll
  static void startPeers() {
    Path pki = Path.of("target", "peers", "pki");
    TestPki ca = TestPki.newCa("Peers CA");
    Path caBundle = PeerTls.writeCaBundle(pki.resolve("ca.crt"), ca);
    // dNSName only: an xmppAddr SAN in a partner's certificate crashes ejabberd 23.01 (see PEERS.md).
    PeerTls fabrikamTls = PeerTls.of(ca.issueServer("fabrikam.test").write(pki, "fabrikam"), caBundle);
    PeerTls tailspinTls = PeerTls.of(ca.issueServer("tailspin.test").write(pki, "tailspin"), caBundle);

    EtcHosts hosts = EtcHosts.system();
    hosts.ensure("127.0.0.2", "fabrikam.test");
    hosts.ensure("127.0.0.3", "tailspin.test");

    fabrikam = ProsodyPeer.builder().domain("fabrikam.test").ip("127.0.0.2").tls(fabrikamTls)
        .s2sRequireEncryption(true).s2sSecureAuth(true).user("alice", "alice-secret").build();
    tailspin = EjabberdPeer.builder().domain("tailspin.test").ip("127.0.0.3").tls(tailspinTls)
        .s2sRequireEncryption(true).user("bob", "bob-secret").build();
    fabrikam.start();
    tailspin.start();
  }

  @AfterAll
  static void stopPeers() {
    if (tailspin != null) {
      tailspin.close();
    }
    if (fabrikam != null) {
      fabrikam.close();
    }
  }

  @Test
  void messagesCrossBetweenProsodyAndEjabberdBothWays() {
    try (XmppTestClient alice = XmppTestClient.login(fabrikam, "alice");
         XmppTestClient bob = XmppTestClient.login(tailspin, "bob")) {
      alice.send("bob@tailspin.test", "hello from fabrikam");
      Message toBob = awaitOrDiagnose(bob);
      assertThat(toBob.getBody()).isEqualTo("hello from fabrikam");
      assertThat(toBob.getFrom().asBareJid().toString()).isEqualTo("alice@fabrikam.test");

      bob.send("alice@fabrikam.test", "hello from tailspin");
      Message toAlice = awaitOrDiagnose(alice);
      assertThat(toAlice.getBody()).isEqualTo("hello from tailspin");
      assertThat(toAlice.getFrom().asBareJid().toString()).isEqualTo("bob@tailspin.test");
    }
  }

  @Test
  void remoteDomainsAnswerPingAndDiscoOverS2s() {
    try (XmppTestClient alice = XmppTestClient.login(fabrikam, "alice");
         XmppTestClient bob = XmppTestClient.login(tailspin, "bob")) {
      assertThat(alice.ping("tailspin.test", TIMEOUT)).as("alice pings tailspin.test").isTrue();
      assertThat(bob.ping("fabrikam.test", TIMEOUT)).as("bob pings fabrikam.test").isTrue();
      assertThat(alice.disco("tailspin.test").containsFeature("urn:xmpp:ping")).isTrue();
    }
  }

  private static Message awaitOrDiagnose(XmppTestClient client) {
    try {
      return client.awaitMessage(TIMEOUT);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + fabrikam.logTail(40) + "\n" + tailspin.logTail(40), e);
    }
  }
}
