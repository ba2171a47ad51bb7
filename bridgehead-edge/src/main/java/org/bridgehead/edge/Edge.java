package org.bridgehead.edge;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.edge.dialback.DialbackKey;
import org.bridgehead.edge.dns.XmppServerResolver;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEventListener;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.NoGateway;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.edge.local.ServerDomainResponder;
import org.bridgehead.edge.policy.PartnerDirectory;
import org.bridgehead.edge.routing.LinkStatus;
import org.bridgehead.edge.routing.S2sRouter;
import org.bridgehead.edge.s2s.ConnectionRegistry;
import org.bridgehead.edge.s2s.S2sChannelInitializer;
import org.bridgehead.edge.s2s.S2sContext;
import org.bridgehead.edge.s2s.inbound.InboundSession;
import org.bridgehead.edge.s2s.outbound.OutboundConnector;
import org.bridgehead.edge.s2s.outbound.OutboundDialbackVerifier;
import org.bridgehead.edge.s2s.outbound.OutboundSession;
import org.bridgehead.edge.tls.CertificateVerdict;
import org.bridgehead.edge.tls.EdgeTlsContexts;
import org.bridgehead.edge.tls.PeerAuthentication;
import org.bridgehead.edge.tls.TlsContextProvider;
import org.bridgehead.xmpp.stream.StreamEnd;
import org.bridgehead.xmpp.stream.StreamError;
import org.bridgehead.xmpp.stream.StreamErrorCondition;

/**
 * The edge role: the XMPP server-to-server listener and the outbound streams to partners.
 * Start one with {@link #start}; send with {@link #sender()}; it hands what partners send to local
 * users to the {@link GatewayLink} given at start.
 */
public final class Edge implements AutoCloseable {
  private static final CertificateVerdict NO_TLS = new CertificateVerdict(false, false, "this edge has no TLS configured");
  private final EventLoopGroup group;
  private final Channel listener;
  private final S2sRouter router;
  private final S2sContext s2s;
  private final AtomicReference<PartnerDirectory> directory;

  private Edge(EventLoopGroup group, Channel listener, S2sRouter router, S2sContext s2s,
      AtomicReference<PartnerDirectory> directory) {
    this.group = group;
    this.listener = listener;
    this.router = router;
    this.s2s = s2s;
    this.directory = directory;
  }

  /**
   * Starts the edge and binds its listener.
   *
   * @param gateway builds the gateway boundary given the sender it answers through; null for none
   */
  public static Edge start(NodeConfig config, Function<StanzaSender, GatewayLink> gateway, EdgeEventListener events)
      throws InterruptedException, java.io.IOException {
    Objects.requireNonNull(config, "config");
    EdgeEventListener ev = events == null ? EdgeEventListener.NONE : events;
    AtomicReference<PartnerDirectory> directory =
        new AtomicReference<>(new PartnerDirectory(config.localDomains(), config.partners()));
    TlsContextProvider tls = config.edge().tls() == null ? null
        : new TlsContextProvider(EdgeTlsContexts.load(config.edge().tls()));
    if (tls != null) org.slf4j.LoggerFactory.getLogger(Edge.class).info("S2S TLS on {}", tls.current().implementation());
    String secret = config.gateway().dialbackSecret() != null ? config.gateway().dialbackSecret() : randomSecret();
    S2sContext s2s = new S2sContext(directory::get, config.edge(), config.gateway(), tls,
        (chain, domain) -> tls == null ? NO_TLS : PeerAuthentication.verify(chain, tls.current().trust(), domain),
        new DialbackKey(secret), ev, new ConnectionRegistry());

    EventLoopGroup group = new NioEventLoopGroup();
    XmppServerResolver resolver = new XmppServerResolver(config.edge().dnsResolvers(), config.edge().hostsFile(),
        config.edge().outboundPort(), Duration.ofSeconds(5));
    OutboundConnector connector = new OutboundConnector(s2s, group, resolver);
    S2sRouter router = new S2sRouter(directory::get, config.edge(),
        (pair, partner, link) -> connector.open(pair.local(), pair.remote(), partner, OutboundSession.Mode.ROUTE, link));
    GatewayLink link = gateway == null ? new NoGateway(router) : gateway.apply(router);
    s2s.bind(link, new ServerDomainResponder(router), new OutboundDialbackVerifier(s2s, connector));

    ServerBootstrap sb = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            S2sChannelInitializer.init(ch.pipeline(), s2s, new InboundSession(s2s), false);
          }
        });
    try {
      Channel listener = sb.bind(config.edge().listen()).sync().channel();
      ev.onEvent(EdgeEvent.of(EdgeEvent.Kind.LISTENING, String.join(",", config.localDomains().stream().map(Object::toString).toList()),
          null, "S2S listener on " + listener.localAddress()));
      return new Edge(group, listener, router, s2s, directory);
    } catch (RuntimeException | InterruptedException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** Sends stanzas from local addresses to partners. */
  public StanzaSender sender() { return router; }

  public InetSocketAddress boundAddress() { return (InetSocketAddress) listener.localAddress(); }

  /** Applies new partners and local domains to a running edge (live reconfiguration). */
  public void updatePartners(NodeConfig config) {
    directory.set(new PartnerDirectory(config.localDomains(), config.partners()));
    router.reconfigure();
    for (Channel ch : s2s.connections.channels()) {
      InboundSession session = ch.pipeline().get(InboundSession.class);
      if (session != null) ch.eventLoop().execute(session::revalidate);
    }
  }

  /**
   * Serves a newly assigned certificate: new streams use it at once, established streams keep the one
   * they negotiated. Throws when the files cannot be read or the key does not match, leaving the
   * current certificate in place; an edge started without TLS needs a restart to gain it.
   */
  public void reloadTls(org.bridgehead.config.TlsSettings settings) throws java.io.IOException {
    if (s2s.tls == null) throw new IllegalStateException("this edge started without TLS; restart it to use a certificate");
    s2s.tls.reload(settings);
  }

  /** The certificate new streams are offered, if this edge has TLS. */
  public java.util.Optional<java.security.cert.X509Certificate> tlsCertificate() {
    return s2s.tls == null ? java.util.Optional.empty() : java.util.Optional.of(s2s.tls.current().localCertificate());
  }

  public List<LinkStatus> outboundStatus() { return router.status(); }

  public int connectionCount() { return s2s.connections.total(); }

  /** Authenticated inbound streams from {@code partner}'s domain(s) now. */
  public int inboundStreams(org.jxmpp.jid.DomainBareJid partner) { return s2s.connections.inbound(partner); }

  /** Outbound streams to {@code partner} now. */
  public int outboundStreams(org.jxmpp.jid.DomainBareJid partner) { return s2s.connections.outbound(partner); }

  /** Closes the listener, ends every stream with system-shutdown, and stops the threads. */
  @Override
  public void close() {
    listener.close().awaitUninterruptibly();
    drain(Duration.ofSeconds(5));
    s2s.connections.channels().write(new StreamError(StreamErrorCondition.SYSTEM_SHUTDOWN, "Bridgehead is stopping").toElement());
    s2s.connections.channels().writeAndFlush(StreamEnd.INSTANCE).awaitUninterruptibly(2, TimeUnit.SECONDS);
    s2s.connections.channels().close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
  }

  /**
   * A graceful stop: gives stanzas still queued or unacknowledged a bounded time to leave before the
   * streams end with system-shutdown (their senders are told either way).
   */
  private void drain(Duration atMost) {
    long end = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < end && router.status().stream().mapToInt(LinkStatus::queued).sum() > 0) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String randomSecret() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
