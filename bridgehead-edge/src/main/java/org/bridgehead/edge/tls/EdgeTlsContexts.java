package org.bridgehead.edge.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import org.bridgehead.config.DomainNames;
import org.bridgehead.config.TlsSettings;

/**
 * The edge's TLS contexts for one certificate: a server context for accepted S2S streams (client
 * certificate optional) and a client context for streams we open (presenting the same certificate as
 * client certificate). TLS 1.3 and 1.2 only, on BoringSSL when it loads, else the JDK's engine
 * ({@link TlsProviders}). Both accept any peer chain during the handshake; {@link PeerAuthentication}
 * decides afterwards. Immutable; see {@link TlsContextProvider}.
 */
public final class EdgeTlsContexts {
  /** Protocols offered and accepted, best first. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
  /** Port passed to client engines as the peer's (it only keys the JDK session cache). */
  public static final int XMPP_SERVER_PORT = 5269;
  /**
   * Sessions the server context keeps for resumption (the JDK keeps 20,480 for a day by default). With
   * the node's {@code -Djdk.tls.server.enableSessionTicketExtension=false} a TLS 1.3 ticket only names
   * a cached session; a stateless ticket (the JDK's default) is ~1.8 KiB that every idle stream's
   * engine keeps in its handshake transcript buffer for as long as the stream lives.
   */
  public static final int SERVER_SESSION_CACHE = 1024;
  public static final long SERVER_SESSION_SECONDS = 3600;

  private final List<X509Certificate> chain;
  private final ChainValidator trust;
  private final SslContext server;
  private final SslContext client;
  private final boolean openSsl;

  private EdgeTlsContexts(PrivateKey key, List<X509Certificate> chain, ChainValidator trust, boolean openSsl)
      throws SSLException {
    this.chain = List.copyOf(chain);
    this.trust = trust;
    this.openSsl = openSsl;
    if (openSsl) {
      // BoringSSL keeps the key material natively, offered whatever issuers the peer names (as SingleKeyManager does).
      X509Certificate[] certs = this.chain.toArray(X509Certificate[]::new);
      this.server = serverBuilder(SslContextBuilder.forServer(key, certs), SslProvider.OPENSSL).build();
      this.client = clientBuilder(SslContextBuilder.forClient().keyManager(key, certs), SslProvider.OPENSSL).build();
    } else {
      SingleKeyManager keyManager = new SingleKeyManager(key, this.chain);
      this.server = serverBuilder(SslContextBuilder.forServer(keyManager), SslProvider.JDK).build();
      this.client = clientBuilder(SslContextBuilder.forClient().keyManager(keyManager), SslProvider.JDK).build();
    }
  }

  private static SslContextBuilder serverBuilder(SslContextBuilder b, SslProvider provider) {
    return b.sslProvider(provider)
        .protocols(PROTOCOLS)
        .clientAuth(ClientAuth.OPTIONAL)
        .trustManager(AcceptAnyTrustManager.INSTANCE)
        .sessionCacheSize(SERVER_SESSION_CACHE)
        .sessionTimeout(SERVER_SESSION_SECONDS);
  }

  private static SslContextBuilder clientBuilder(SslContextBuilder b, SslProvider provider) {
    return b.sslProvider(provider).protocols(PROTOCOLS).trustManager(AcceptAnyTrustManager.INSTANCE);
  }

  /** Reads the PEM files of {@code settings}; null trust anchors mean the JDK's default anchors. */
  public static EdgeTlsContexts load(TlsSettings settings) throws IOException {
    return load(settings, TlsProviders.openSsl());
  }

  static EdgeTlsContexts load(TlsSettings settings, boolean openSsl) throws IOException {
    Objects.requireNonNull(settings, "settings");
    List<X509Certificate> chain = Pem.readCertificates(settings.certificateChain());
    PrivateKey key = Pem.readPrivateKey(settings.privateKey());
    return of(key, chain, ChainValidator.load(settings.trustAnchors()), openSsl);
  }

  /**
   * Contexts for {@code chain} (leaf first) and its {@code key}.
   *
   * @throws IOException when the key does not belong to the leaf certificate or the contexts cannot be built
   */
  public static EdgeTlsContexts of(PrivateKey key, List<X509Certificate> chain, ChainValidator trust)
      throws IOException {
    return of(key, chain, trust, TlsProviders.openSsl());
  }

  /** As {@link #of(PrivateKey, List, ChainValidator)} on the named implementation (true: BoringSSL). */
  static EdgeTlsContexts of(PrivateKey key, List<X509Certificate> chain, ChainValidator trust, boolean openSsl)
      throws IOException {
    if (chain.isEmpty()) throw new IOException("empty certificate chain");
    checkKeyMatches(key, chain.get(0));
    return new EdgeTlsContexts(key, chain, Objects.requireNonNull(trust, "trust"), openSsl);
  }

  public SslContext serverContext() { return server; }

  public SslContext clientContext() { return client; }

  /** "BoringSSL …" or "JDK …": the TLS implementation behind both contexts. */
  public String implementation() { return openSsl ? TlsProviders.boringSsl() : TlsProviders.jdk(); }

  /** A handler for a stream we accepted (STARTTLS on port 5269). */
  public SslHandler newServerHandler(ByteBufAllocator alloc) {
    return server.newHandler(alloc);
  }

  /**
   * A handler for a stream we opened to {@code remoteDomain}: sends SNI = the domain (A-label form) and
   * does no HTTPS-style host name check (identity is checked by {@link PeerAuthentication}).
   */
  public SslHandler newClientHandler(ByteBufAllocator alloc, String remoteDomain) {
    String host = DomainNames.toAscii(remoteDomain);
    SslHandler handler = client.newHandler(alloc, host, XMPP_SERVER_PORT);
    SSLEngine engine = handler.engine();
    SSLParameters params = engine.getSSLParameters();
    params.setServerNames(List.of(new SNIHostName(host)));
    params.setEndpointIdentificationAlgorithm(null);
    engine.setSSLParameters(params);
    return handler;
  }

  /** Our leaf certificate. */
  public X509Certificate localCertificate() { return chain.get(0); }

  /** Our chain, leaf first. */
  public List<X509Certificate> localChain() { return chain; }

  /** The configured trust anchors, for {@link PeerAuthentication#verify}. */
  public ChainValidator trust() { return trust; }

  private static void checkKeyMatches(PrivateKey key, X509Certificate leaf) throws IOException {
    String algorithm = switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      default -> null;
    };
    if (algorithm == null) return;
    byte[] probe = "bridgehead key check".getBytes(StandardCharsets.US_ASCII);
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(leaf.getPublicKey());
      verifier.update(probe);
      if (verifier.verify(signature)) return;
    } catch (GeneralSecurityException e) {
      throw new IOException("private key does not belong to certificate "
          + leaf.getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
    }
    throw new IOException("private key does not belong to certificate " + leaf.getSubjectX500Principal().getName());
  }
}
