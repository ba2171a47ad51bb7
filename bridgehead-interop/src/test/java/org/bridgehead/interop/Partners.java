package org.bridgehead.interop;

import java.nio.file.Path;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.interop.peers.EjabberdPeer;
import org.bridgehead.interop.peers.EtcHosts;
import org.bridgehead.interop.peers.XmppPeer;
import org.bridgehead.interop.peers.PeerTls;
import org.bridgehead.interop.peers.ProsodyPeer;
import org.bridgehead.testkit.pki.TestPki;

/** The real XMPP servers we federate with, and the negotiation rows we prove against each. */
final class Partners {
  private Partners() {}

  enum Kind {
    PROSODY("fabrikam.test", "127.0.0.2"),
    EJABBERD("tailspin.test", "127.0.0.3");

    final String domain;
    final String ip;

    Kind(String domain, String ip) {
      this.domain = domain;
      this.ip = ip;
    }
  }

  /** The rows of SPEC §2's matrix proven here, with the method each must end in. */
  enum Row {
    SASL_OVER_TLS(2, Negotiation.REQUIRED, Negotiation.REQUIRED, false),
    TLS_DIALBACK(13, Negotiation.REQUIRED, Negotiation.NOT_SUPPORTED, true),
    TCP_DIALBACK(17, Negotiation.NOT_SUPPORTED, Negotiation.NOT_SUPPORTED, true);

    final int number;
    final Negotiation tls;
    final Negotiation sasl;
    final boolean dialback;

    Row(int number, Negotiation tls, Negotiation sasl, boolean dialback) {
      this.number = number;
      this.tls = tls;
      this.sasl = sasl;
      this.dialback = dialback;
    }
  }

  static XmppPartner partner(Kind kind, Row row) {
    return XmppPartner.builder(BridgeheadNode.domain(kind.domain)).partnerType(PartnerType.FEDERATED)
        .tls(row.tls).sasl(row.sasl).dialback(row.dialback).build();
  }

  /**
   * Certificates for the row: one CA trusted by both sides for SASL EXTERNAL; for TLS dialback each
   * side's CA is unknown to the other, so certificates cannot authenticate and dialback must.
   */
  record Pki(TlsSettings node, PeerTls peer) {}

  static Pki pki(Kind kind, Row row, Path dir) {
    TestPki nodeCa = TestPki.newCa("Bridgehead test CA");
    TestPki peerCa = row == Row.SASL_OVER_TLS ? nodeCa : TestPki.newCa("Partner test CA");
    // dNSName only: an xmppAddr SAN crashes ejabberd 23.01 (bridgehead-interop/PEERS.md).
    TestPki.PemFiles nodeFiles = nodeCa.issueServer(BridgeheadNode.DOMAIN).write(dir, "contoso");
    TestPki.PemFiles peerFiles = peerCa.issueServer(kind.domain).write(dir, kind.name().toLowerCase());
    TlsSettings node = new TlsSettings(nodeFiles.certificateChain(), nodeFiles.privateKey(),
        nodeCa.writeCertificate(dir.resolve("node-trust.crt")));
    PeerTls peer = PeerTls.of(peerFiles, PeerTls.writeCaBundle(dir.resolve("peer-trust.crt"), peerCa));
    return new Pki(node, peer);
  }

  /** Starts the peer for a row: no TLS at all for TCP dialback; certificate auth required for row 2. */
  static XmppPeer start(Kind kind, Row row, PeerTls tls) {
    EtcHosts.system().ensure(kind.ip, kind.domain);
    boolean useTls = row != Row.TCP_DIALBACK;
    return switch (kind) {
      case PROSODY -> ProsodyPeer.builder().domain(kind.domain).ip(kind.ip).tls(useTls ? tls : null)
          .s2sRequireEncryption(useTls).s2sSecureAuth(row == Row.SASL_OVER_TLS).dialback(row.dialback)
          .user("alice", "alice-secret").user("bob", "bob-secret").build().start();
      case EJABBERD -> EjabberdPeer.builder().domain(kind.domain).ip(kind.ip).tls(useTls ? tls : null)
          .s2sRequireEncryption(useTls).dialback(row.dialback)
          .user("alice", "alice-secret").user("bob", "bob-secret").build().start();
    };
  }
}
