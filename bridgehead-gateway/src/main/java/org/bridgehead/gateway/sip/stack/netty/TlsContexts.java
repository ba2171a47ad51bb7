package org.bridgehead.gateway.sip.stack.netty;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.bridgehead.gateway.sip.stack.SipTlsMaterial;

/**
 * TLS for SIP from the endpoint's material: the server presents our certificate, the client trusts the
 * trust store. Hops are numeric, so there is no host name to check (as with the JAIN-SIP endpoint).
 */
record TlsContexts(SslContext server, SslContext client) {
  static TlsContexts of(SipTlsMaterial tls) {
    try {
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(tls.keyStore(), tls.password());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(tls.trustStore());
      SslContext server = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK)
          .protocols(SipTlsMaterial.PROTOCOLS).ciphers(SipTlsMaterial.CIPHER_SUITES, SupportedCipherSuiteFilter.INSTANCE)
          .build();
      SslContext client = SslContextBuilder.forClient().sslProvider(SslProvider.JDK).keyManager(keys)
          .trustManager(trust).protocols(SipTlsMaterial.PROTOCOLS)
          .ciphers(SipTlsMaterial.CIPHER_SUITES, SupportedCipherSuiteFilter.INSTANCE).build();
      return new TlsContexts(server, client);
    } catch (GeneralSecurityException | SSLException e) {
      throw new IllegalStateException("cannot set up SIP TLS: " + e.getMessage(), e);
    }
  }
}
