package org.bridgehead.edge.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeTlsContextsTest {
  private static final long TIMEOUT_S = 10;
  private static TestPki ca;

  @TempDir Path dir;
  private EventLoopGroup group;
  private final BlockingQueue<SSLSession> serverSessions = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> serverReceived = new LinkedBlockingQueue<>();

  @BeforeAll
  static void pki() { ca = TestPki.newCa("Edge CA"); }

  @BeforeEach
  void group() { group = new NioEventLoopGroup(2); }

  @AfterEach
  void stop() throws InterruptedException { group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync(); }

  private TlsSettings settings(String name, TestPki.Request request, TestPki issuer) {
    TestPki.PemFiles files = issuer.issue(request).write(dir, name);
    return new TlsSettings(files.certificateChain(), files.privateKey(), ca.writeCertificate(dir.resolve("ca.crt")));
  }

  private static TestPki.Request server(String domain) {
    return TestPki.request().dnsName(domain).xmppAddr(domain).srvName("_xmpp-server." + domain).commonName(domain)
        .clientAuth(false);
  }

  @Test
  void loadsPemFiles() throws IOException {
    TlsSettings s = settings("edge", server("contoso.test"), ca);
    EdgeTlsContexts ctx = EdgeTlsContexts.load(s);

    assertThat(CertificateIdentity.matches(ctx.localCertificate(), "contoso.test")).isTrue();
    assertThat(ctx.localChain()).hasSize(2);
    assertThat(ctx.trust().anchors()).containsExactly(ca.certificate());
    assertThat(ctx.serverContext().isServer()).isTrue();
    assertThat(ctx.clientContext().isClient()).isTrue();
    // bounded resumption cache: with stateful TLS 1.3 tickets every session would otherwise stay a day
    assertThat(ctx.serverContext().sessionContext().getSessionCacheSize()).isEqualTo(EdgeTlsContexts.SERVER_SESSION_CACHE);
    assertThat(ctx.serverContext().sessionContext().getSessionTimeout()).isEqualTo((int) EdgeTlsContexts.SERVER_SESSION_SECONDS);
    assertThat(ctx.implementation()).startsWith("BoringSSL");
    SslHandler h = ctx.newServerHandler(io.netty.buffer.ByteBufAllocator.DEFAULT);
    // Netty's BoringSSL engine always names the SSLv2Hello pseudo-protocol; no real protocol below 1.2
    assertThat(h.engine().getEnabledProtocols()).contains("TLSv1.3", "TLSv1.2")
        .doesNotContain("SSLv3", "TLSv1", "TLSv1.1");
    io.netty.util.ReferenceCountUtil.release(h.engine());
  }

  @Test
  void loadsTraditionalPkcs1Key() throws IOException {
    TestPki.Issued issued = ca.issue(server("contoso.test"));
    TestPki.PemFiles files = issued.write(dir, "edge");
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      w.writeObject(issued.keyPair().getPrivate());
    }
    assertThat(sw.toString()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    Path pkcs1 = Files.writeString(dir.resolve("edge-rsa.key"), sw.toString());

    EdgeTlsContexts ctx = EdgeTlsContexts.load(new TlsSettings(files.certificateChain(), pkcs1, null));

    assertThat(ctx.localCertificate()).isEqualTo(issued.certificate());
  }

  @Test
  void refusesAKeyOfAnotherCertificate() {
    TestPki.PemFiles a = ca.issue(server("contoso.test")).write(dir, "a");
    TestPki.PemFiles b = ca.issue(server("contoso.test")).write(dir, "b");
    assertThatThrownBy(() -> EdgeTlsContexts.load(new TlsSettings(a.certificateChain(), b.privateKey(), null)))
        .isInstanceOf(IOException.class).hasMessageContaining("private key does not belong to certificate");
    assertThatThrownBy(() -> EdgeTlsContexts.load(new TlsSettings(a.privateKey(), a.privateKey(), null)))
        .isInstanceOf(IOException.class).hasMessageContaining("no PEM certificate");
  }

  @ParameterizedTest(name = "BoringSSL {0}")
  @ValueSource(booleans = {true, false})
  void tls13HandshakeWithClientCertificateAndSni(boolean openSsl) throws Exception {
    EdgeTlsContexts contoso = EdgeTlsContexts.load(settings("contoso", server("contoso.test"), ca), openSsl);
    // the partner on the other implementation: both ways must interoperate
    EdgeTlsContexts fabrikam = EdgeTlsContexts.load(settings("fabrikam", server("fabrikam.test"), ca), !openSsl);
    assertThat(contoso.implementation()).startsWith(openSsl ? "BoringSSL" : "JDK");
    TlsContextProvider provider = new TlsContextProvider(contoso);
    Channel listener = listen(provider);

    Client client = connect(listener, fabrikam, "contoso.test");
    SSLSession atServer = serverSessions.poll(TIMEOUT_S, TimeUnit.SECONDS);

    assertThat(atServer.getProtocol()).isEqualTo("TLSv1.3");
    assertThat(client.session.getProtocol()).isEqualTo("TLSv1.3");
    assertThat(PeerCertificates.requestedServerName(atServer)).hasValue("contoso.test");
    List<X509Certificate> clientChain = PeerCertificates.of(atServer);
    assertThat(clientChain.get(0)).isEqualTo(fabrikam.localCertificate());
    assertThat(clientChain.get(0).getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    CertificateVerdict clientVerdict = PeerAuthentication.verify(clientChain, contoso.trust(), "fabrikam.test");
    assertThat(clientVerdict.saslExternalPossible()).isTrue();

    List<X509Certificate> serverChain = PeerCertificates.of(client.session);
    assertThat(serverChain.get(0)).isEqualTo(contoso.localCertificate());
    assertThat(PeerAuthentication.verify(serverChain, fabrikam.trust(), "contoso.test").saslExternalPossible()).isTrue();
    client.channel.close().sync();
    listener.close().sync();
  }

  @Test
  void untrustedPeerStillCompletesTheHandshakeForDialback() throws Exception {
    EdgeTlsContexts contoso = EdgeTlsContexts.load(settings("contoso", server("contoso.test"), ca));
    TestPki stranger = TestPki.newCa("Stranger CA");
    EdgeTlsContexts litware = EdgeTlsContexts.load(settings("litware", server("litware.test"), stranger));
    Channel listener = listen(new TlsContextProvider(contoso));

    Client client = connect(listener, litware, "contoso.test");
    SSLSession atServer = serverSessions.poll(TIMEOUT_S, TimeUnit.SECONDS);

    CertificateVerdict v = PeerAuthentication.verify(PeerCertificates.of(atServer), contoso.trust(), "litware.test");
    assertThat(v.chainTrusted()).isFalse();
    assertThat(v.identityMatches()).isTrue();
    assertThat(v.saslExternalPossible()).isFalse();
    assertThat(v.problem()).startsWith("issuer not trusted: ");
    client.channel.close().sync();
    listener.close().sync();
  }

  @Test
  void clientWithoutCertificateIsAccepted() throws Exception {
    EdgeTlsContexts contoso = EdgeTlsContexts.load(settings("contoso", server("contoso.test"), ca));
    Channel listener = listen(new TlsContextProvider(contoso));
    io.netty.handler.ssl.SslContext plain = io.netty.handler.ssl.SslContextBuilder.forClient()
        .sslProvider(io.netty.handler.ssl.SslProvider.JDK)
        .trustManager(io.netty.handler.ssl.util.InsecureTrustManagerFactory.INSTANCE).build();
    Channel ch = connect(listener, c -> plain.newHandler(c.alloc(), "contoso.test", 5269)).channel();

    SSLSession atServer = serverSessions.poll(TIMEOUT_S, TimeUnit.SECONDS);
    assertThat(PeerCertificates.of(atServer)).isEmpty();
    assertThat(PeerAuthentication.verify(List.of(), contoso.trust(), "fabrikam.test").problem())
        .isEqualTo("no certificate presented");
    ch.close().sync();
    listener.close().sync();
  }

  @Test
  void replacedCertificateServesNewStreamsWhileOldOnesKeepTheirs() throws Exception {
    EdgeTlsContexts first = EdgeTlsContexts.load(settings("first", server("contoso.test"), ca));
    EdgeTlsContexts renewed = EdgeTlsContexts.load(settings("renewed", server("contoso.test"), ca));
    EdgeTlsContexts fabrikam = EdgeTlsContexts.load(settings("fabrikam", server("fabrikam.test"), ca));
    TlsContextProvider provider = new TlsContextProvider(first);
    Channel listener = listen(provider);
    Client before = connect(listener, fabrikam, "contoso.test");

    assertThat(provider.replace(renewed)).isSameAs(first);
    Client after = connect(listener, fabrikam, "contoso.test");

    assertThat(provider.current()).isSameAs(renewed);
    assertThat(PeerCertificates.of(before.session).get(0)).isEqualTo(first.localCertificate());
    assertThat(PeerCertificates.of(after.session).get(0)).isEqualTo(renewed.localCertificate());
    before.channel.writeAndFlush(Unpooled.copiedBuffer("<presence/>", StandardCharsets.UTF_8)).sync();
    assertThat(serverReceived.poll(TIMEOUT_S, TimeUnit.SECONDS)).isEqualTo("<presence/>");
    before.channel.close().sync();
    after.channel.close().sync();
    listener.close().sync();
  }

  @ParameterizedTest(name = "BoringSSL {0}")
  @ValueSource(booleans = {true, false})
  void tls11ClientIsRefused(boolean openSsl) throws Exception {
    EdgeTlsContexts contoso = EdgeTlsContexts.load(settings("contoso", server("contoso.test"), ca), openSsl);
    SslHandler handler = contoso.newServerHandler(io.netty.buffer.ByteBufAllocator.DEFAULT);
    EmbeddedChannel server = new EmbeddedChannel(handler);

    try {
      server.writeInbound(Unpooled.wrappedBuffer(tls11ClientHello()));
    } catch (Exception expected) {
      // the handshake failure also travels down the pipeline
    }

    assertThat(handler.handshakeFuture().isDone()).isTrue();
    assertThat(handler.handshakeFuture().cause()).isInstanceOf(SSLHandshakeException.class)
        .hasMessageContaining(openSsl ? "UNSUPPORTED_PROTOCOL" : "TLSv1.1");
    ByteBuf alert = server.readOutbound();
    assertThat(alert.getByte(0)).as("record type alert").isEqualTo((byte) 21);
    assertThat(alert.getByte(6)).as("alert protocol_version").isEqualTo((byte) 70);
    alert.release();
    server.finishAndReleaseAll();
  }

  /** A ClientHello offering only TLS 1.1 (no supported_versions extension), as an old peer sends it. */
  private static byte[] tls11ClientHello() {
    byte[] random = new byte[32];
    new java.security.SecureRandom().nextBytes(random);
    ByteBuf body = Unpooled.buffer();
    body.writeShort(0x0302);                  // client_version TLS 1.1
    body.writeBytes(random);
    body.writeByte(0);                        // no session id
    int[] suites = {0xC013, 0xC014, 0x002F, 0x0035};
    body.writeShort(suites.length * 2);
    for (int s : suites) body.writeShort(s);
    body.writeByte(1).writeByte(0);           // null compression
    ByteBuf record = Unpooled.buffer();
    record.writeByte(22).writeShort(0x0301).writeShort(body.readableBytes() + 4);
    record.writeByte(1).writeMedium(body.readableBytes()).writeBytes(body);
    byte[] out = new byte[record.readableBytes()];
    record.readBytes(out);
    return out;
  }

  private Channel listen(TlsContextProvider provider) throws InterruptedException {
    return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override protected void initChannel(SocketChannel ch) {
            SslHandler ssl = provider.current().newServerHandler(ch.alloc());
            ssl.handshakeFuture().addListener(f -> {
              if (f.isSuccess()) serverSessions.add(ssl.engine().getSession());
            });
            ch.pipeline().addLast(ssl, new SimpleChannelInboundHandler<ByteBuf>() {
              @Override protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
                serverReceived.add(msg.toString(StandardCharsets.UTF_8));
              }
            });
          }
        }).bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
  }

  private record Client(Channel channel, SSLSession session) {}

  private Client connect(Channel listener, EdgeTlsContexts ctx, String remoteDomain) throws InterruptedException {
    return connect(listener, c -> ctx.newClientHandler(c.alloc(), remoteDomain));
  }

  private Client connect(Channel listener, java.util.function.Function<SocketChannel, SslHandler> tls)
      throws InterruptedException {
    Channel ch = new Bootstrap().group(group).channel(NioSocketChannel.class)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override protected void initChannel(SocketChannel c) {
            c.pipeline().addLast(tls.apply(c));
          }
        }).connect(listener.localAddress()).sync().channel();
    SslHandler ssl = ch.pipeline().get(SslHandler.class);
    assertThat(ssl.handshakeFuture().await(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
    assertThat(ssl.handshakeFuture().cause()).isNull();
    return new Client(ch, ssl.engine().getSession());
  }
}
