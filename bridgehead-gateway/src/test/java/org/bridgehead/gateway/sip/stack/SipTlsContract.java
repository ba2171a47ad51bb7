package org.bridgehead.gateway.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * The TLS transport: each endpoint uses the certificate and trust it was given, not the JVM's keystore.
 * A subclass names the stacks and their addresses.
 */
abstract class SipTlsContract {
  abstract SipEndpoint server(SipEndpointSettings settings);

  abstract SipEndpoint client(SipEndpointSettings settings);

  /** Server and client addresses. */
  abstract String[] addresses();

  private static SipTlsMaterial material(TestPki ca, String name) throws Exception {
    TestPki.Issued issued = ca.issueServer(name);
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("sip", issued.keyPair().getPrivate(), "x".toCharArray(),
        new java.security.cert.Certificate[] {issued.certificate(), issued.issuer()});
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", ca.certificate());
    return new SipTlsMaterial(keys, "x".toCharArray(), trust);
  }

  @Test
  void aMessageCrossesTls() throws Exception {
    TestPki ca = TestPki.newCa("SIP test CA");
    var received = new CopyOnWriteArrayList<IncomingRequest>();
    try (var server = server(SipEndpointSettings.plain(addresses()[0], 0).withTls(material(ca, "sip.contoso.test"), 0));
         var client = client(SipEndpointSettings.plain(addresses()[1], 0).withTls(material(ca, "client.test"), 0))) {
      server.start(r -> {
        received.add(r);
        r.respond(200, "OK");
      });
      client.start(r -> r.respond(500, "unexpected"));
      Hop tls = server.localHop(SipTransport.TLS);
      SipUri bob = SipUri.parse("sip:bob@contoso.test");
      SipRequest message = SipRequest.outOfDialog("MESSAGE", bob, NameAddr.of(SipUri.parse("sip:alice@contoso.test")),
          NameAddr.of(bob), tls).withBody("text/plain", "over TLS".getBytes(StandardCharsets.UTF_8));

      SipResponse response = client.send(message).get(10, TimeUnit.SECONDS);

      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      assertThat(received).singleElement().satisfies(r -> {
        assertThat(r.bodyText()).isEqualTo("over TLS");
        assertThat(r.source().transport()).isEqualTo(SipTransport.TLS);
      });
    }
  }
}
