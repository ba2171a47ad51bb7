package org.bridgehead.bench.load;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.List;
import javax.net.ssl.SSLException;
import org.bridgehead.testkit.pki.TestPki;

/**
 * TLS for the generator: its own certificate (every generator domain in the SANs, from a bench CA the
 * SUTs may trust) for the streams it receives, and a client side that trusts any server — the
 * generator measures the SUT, it does not audit its certificate.
 */
public final class GeneratorTls {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  /**
   * The JDK's engine, named because Netty would pick BoringSSL now that the edge brings it: the harness
   * stays what earlier runs measured with, so a change in the figures is the server's.
   */
  private static final SslProvider PROVIDER = SslProvider.JDK;

  private GeneratorTls() {}

  public static SslContext client() throws SSLException {
    return SslContextBuilder.forClient().sslProvider(PROVIDER).trustManager(InsecureTrustManagerFactory.INSTANCE)
        .protocols(PROTOCOLS).build();
  }

  public static SslContext server(TestPki ca, List<String> domains) throws SSLException {
    TestPki.Request request = TestPki.request().commonName(domains.get(0));
    domains.forEach(request::dnsName);
    TestPki.Issued issued = ca.issue(request);
    return SslContextBuilder.forServer(issued.keyPair().getPrivate(), issued.certificate(), issued.issuer())
        .sslProvider(PROVIDER).protocols(PROTOCOLS).build();
  }
}
