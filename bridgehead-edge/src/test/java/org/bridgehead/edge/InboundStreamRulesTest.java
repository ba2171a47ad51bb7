package org.bridgehead.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgehead.config.Negotiation;
import org.bridgehead.edge.dialback.DialbackKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the receiving side does with streams that break the rules (RFC 6120 §4.9, §11; XEP-0220). */
class InboundStreamRulesTest {
  private TestNode a;
  private TestNode b;

  @AfterEach
  void stop() {
    if (a != null) a.close();
    if (b != null) b.close();
  }

  /** b federates with a (TCP dialback); a is a real edge so that b's verification succeeds. */
  private void startPair() throws Exception {
    a = TestNode.at("contoso.test", "127.0.0.61");
    b = TestNode.at("fabrikam.test", "127.0.0.62");
    a.start(null, b.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    b.start(null, a.asPartner().tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
  }

  /** Authenticates as contoso.test with a genuine key (we know a's secret) over TCP dialback. */
  private RawStreamClient authenticatedAsA() throws Exception {
    RawStreamClient c = new RawStreamClient(b.address);
    c.openStream("contoso.test", "fabrikam.test");
    String id = c.await("<stream:stream[^>]*\\sid='([^']+)'").group(1);
    c.await("</stream:features>|<stream:features/>");
    String key = new DialbackKey("secret-of-contoso.test").generate("fabrikam.test", "contoso.test", id);
    c.send("<db:result from='contoso.test' to='fabrikam.test'>" + key + "</db:result>");
    c.await("<db:result[^>]*type='valid'");
    return c;
  }

  @Test
  void authenticatedStanzaIsDelivered() throws Exception {
    startPair();
    try (RawStreamClient c = authenticatedAsA()) {
      c.send("<message from='alice@contoso.test' to='bob@fabrikam.test' type='chat'><body>hi</body></message>");
      assertThat(b.awaitDelivery().stanza().from().toString()).isEqualTo("alice@contoso.test");
    }
  }

  @Test
  void spoofedFromEndsTheStreamWithInvalidFrom() throws Exception {
    startPair();
    try (RawStreamClient c = authenticatedAsA()) {
      c.send("<message from='mallory@evil.test' to='bob@fabrikam.test'><body>trust me</body></message>");
      c.await("<invalid-from xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>");
      assertThat(c.closedByPeer()).isTrue();
      assertThat(b.delivered).isEmpty();
    }
  }

  @Test
  void recipientNotOursEndsTheStreamWithHostUnknown() throws Exception {
    startPair();
    try (RawStreamClient c = authenticatedAsA()) {
      c.send("<message from='alice@contoso.test' to='bob@elsewhere.test'><body>relay?</body></message>");
      c.await("<host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>");
      assertThat(b.delivered).isEmpty();
    }
  }

  @Test
  void forgedDialbackKeyIsInvalid() throws Exception {
    startPair();
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.openStream("contoso.test", "fabrikam.test");
      c.await("</stream:features>|<stream:features/>");
      c.send("<db:result from='contoso.test' to='fabrikam.test'>0123456789abcdef</db:result>");
      c.await("<db:result[^>]*type='invalid'");
    }
  }

  @Test
  void unreachableAuthoritativeServerYieldsADialbackErrorWithTheStanzaCondition() throws Exception {
    b = TestNode.at("fabrikam.test", "127.0.0.63");
    int dead = TestNode.freePort("127.0.0.64");
    b.start(null, org.bridgehead.config.XmppPartner.builder(TestNode.jid("contoso.test")).proxyFqdn("127.0.0.64:" + dead)
        .tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.openStream("contoso.test", "fabrikam.test");
      c.await("</stream:features>|<stream:features/>");
      c.send("<db:result from='contoso.test' to='fabrikam.test'>0123456789abcdef</db:result>");
      c.await("<db:result[^>]*type='error'.*<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>");
    }
  }

  @Test
  void stanzaBeforeAuthenticationIsNotAuthorized() throws Exception {
    startPair();
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.openStream("contoso.test", "fabrikam.test");
      c.await("</stream:features>|<stream:features/>");
      c.send("<message from='alice@contoso.test' to='bob@fabrikam.test'><body>hi</body></message>");
      c.await("<not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>");
    }
  }

  @Test
  void nonPartnerInStreamHeaderIsRefusedWithPolicyViolation() throws Exception {
    startPair();
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.openStream("evil.test", "fabrikam.test");
      c.await("<policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>.*evil.test is not a federated partner");
      assertThat(c.closedByPeer()).isTrue();
    }
  }

  @Test
  void unknownLocalDomainIsHostUnknown() throws Exception {
    startPair();
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.openStream("contoso.test", "nothere.test");
      c.await("<host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>");
    }
  }

  @Test
  void dtdEndsTheStreamWithRestrictedXml() throws Exception {
    startPair();
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.send("<?xml version='1.0'?><!DOCTYPE lol [<!ENTITY lol 'lol'>]><stream:stream xmlns='jabber:server' "
          + "xmlns:stream='http://etherx.jabber.org/streams' to='fabrikam.test' version='1.0'>");
      c.await("<restricted-xml xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>");
    }
  }

  @Test
  void oversizedStanzaEndsTheStreamWithPolicyViolation() throws Exception {
    startPair();
    try (RawStreamClient c = authenticatedAsA()) {
      c.send("<message from='alice@contoso.test' to='bob@fabrikam.test'><body>" + "x".repeat(70_000) + "</body></message>");
      c.await("<policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>");
      assertThat(b.delivered).isEmpty();
    }
  }

  @Test
  void authoritativeRoleAnswersVerifyRequests() throws Exception {
    startPair();
    try (RawStreamClient c = new RawStreamClient(b.address)) {
      c.openStream("contoso.test", "fabrikam.test");
      c.await("</stream:features>|<stream:features/>");
      String genuine = new DialbackKey("secret-of-fabrikam.test").generate("contoso.test", "fabrikam.test", "s1");
      c.send("<db:verify from='contoso.test' to='fabrikam.test' id='s1'>" + genuine + "</db:verify>");
      c.await("<db:verify[^>]*type='valid'");
      c.send("<db:verify from='contoso.test' to='fabrikam.test' id='s2'>" + genuine + "</db:verify>");
      c.await("<db:verify[^>]*id='s2'[^>]*type='invalid'|<db:verify[^>]*type='invalid'[^>]*id='s2'");
    }
  }
}
