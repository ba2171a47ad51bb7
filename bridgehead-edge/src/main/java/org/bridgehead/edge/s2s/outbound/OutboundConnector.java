package org.bridgehead.edge.s2s.outbound;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.dns.ResolvedEndpoint;
import org.bridgehead.edge.dns.XmppServerResolver;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEvent.Kind;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.S2sChannelInitializer;
import org.bridgehead.edge.s2s.S2sContext;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.jxmpp.jid.DomainBareJid;

/**
 * Opens outbound S2S streams: resolves the partner (ProxyFqdn, else DNS SRV, else A/AAAA on 5269),
 * tries each endpoint in order until one accepts the TCP connection (so a dead first-priority
 * target fails over to the next), and bounds the whole setup by the stream establishment timeout.
 */
public final class OutboundConnector {
  private final S2sContext s2s;
  private final EventLoopGroup group;
  private final XmppServerResolver resolver;

  public OutboundConnector(S2sContext s2s, EventLoopGroup group, XmppServerResolver resolver) {
    this.s2s = s2s;
    this.group = group;
    this.resolver = resolver;
  }

  public void open(DomainBareJid local, DomainBareJid remote, XmppPartner partner, OutboundSession.Mode mode,
      OutboundListener listener) {
    Guarded guarded = new Guarded(listener);
    String purpose = mode == OutboundSession.Mode.VERIFY ? "dialback verification stream: " : "";
    long timeout = s2s.gateway.streamEstablishmentTimeout().toMillis();
    var timer = group.schedule(() -> guarded.failed(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT,
        "no authenticated stream to " + remote + " within " + s2s.gateway.streamEstablishmentTimeout().toSeconds() + " s")),
        timeout, TimeUnit.MILLISECONDS);
    guarded.onDone(() -> timer.cancel(false));
    resolver.endpoints(remote.toString(), partner.proxyFqdn()).whenComplete((endpoints, err) -> {
      if (err != null) {
        Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        String reason = "DNS lookup for " + remote + " failed: " + cause.getMessage();
        s2s.events.onEvent(EdgeEvent.of(Kind.OUTBOUND_FAILED, local, remote, reason));
        guarded.failed(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, reason));
        return;
      }
      s2s.events.onEvent(EdgeEvent.of(Kind.DNS_RESOLVED, local, remote, purpose + endpoints.stream()
          .map(e -> e.host() + " " + e.address() + (e.directTls() ? " (direct TLS)" : ""))
          .collect(Collectors.joining(", "))));
      attempt(local, remote, partner, mode, guarded, endpoints, 0, new StringBuilder(), purpose);
    });
  }

  private void attempt(DomainBareJid local, DomainBareJid remote, XmppPartner partner, OutboundSession.Mode mode,
      Guarded listener, List<ResolvedEndpoint> endpoints, int index, StringBuilder failures, String purpose) {
    if (listener.isDone()) return;
    if (index >= endpoints.size()) {
      listener.failed(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND,
          "could not connect to any server of " + remote + ": " + failures));
      return;
    }
    ResolvedEndpoint ep = endpoints.get(index);
    if (ep.directTls() && s2s.tls == null) {
      failures.append(ep.address()).append(": direct TLS endpoint, but this edge has no certificate; ");
      attempt(local, remote, partner, mode, listener, endpoints, index + 1, failures, purpose);
      return;
    }
    s2s.events.onEvent(EdgeEvent.of(Kind.CONNECTING, local, remote, purpose + ep.host() + " " + ep.address()));
    Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(10_000, s2s.gateway.streamEstablishmentTimeout().toMillis()))
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            if (ep.directTls()) ch.pipeline().addLast("tls", s2s.tls.current().newClientHandler(ch.alloc(), remote.toString()));
            S2sChannelInitializer.init(ch.pipeline(), s2s,
                new OutboundSession(s2s, local, remote, partner, mode, listener), partner.keepAlive());
          }
        });
    b.connect(ep.address()).addListener(f -> {
      if (f.isSuccess()) {
        Channel connected = ((io.netty.channel.ChannelFuture) f).channel();
        String limited = overLimit(partner, mode, connected);
        if (limited != null) {
          connected.close();
          s2s.events.onEvent(EdgeEvent.of(Kind.OUTBOUND_FAILED, local, remote, limited));
          listener.failed(new DeliveryException(StanzaErrorCondition.RESOURCE_CONSTRAINT, limited));
          return;
        }
        s2s.events.onEvent(EdgeEvent.of(Kind.CONNECTED, local, remote, purpose + ep.address()));
        listener.onDone(() -> {
          Channel ch = ((io.netty.channel.ChannelFuture) f).channel();
          if (!listener.succeeded()) ch.close();
        });
      } else {
        failures.append(ep.address()).append(": ").append(f.cause().getMessage()).append("; ");
        attempt(local, remote, partner, mode, listener, endpoints, index + 1, failures, purpose);
      }
    });
  }

  /** Null when the connection fits the limits of SPEC §3 (and is now counted), else why not. */
  private String overLimit(XmppPartner partner, OutboundSession.Mode mode, Channel channel) {
    // Netty completes the connect promise before channelActive, so this channel is not counted yet.
    if (s2s.connections.total() >= s2s.gateway.totalConnectionLimit()) {
      return "the connection limit of " + s2s.gateway.totalConnectionLimit() + " streams is reached";
    }
    // Verification streams live for one round trip; counting them would break dialback at low limits.
    if (mode == OutboundSession.Mode.VERIFY) return null;
    int limit = partner.connectionLimit().orElse(s2s.gateway.perPartnerConnectionLimit());
    if (!s2s.connections.tryOutbound(partner.primaryDomain(), limit, channel)) {
      return "the connection limit of " + limit + " outbound streams to partner " + partner.primaryDomain() + " is reached";
    }
    return null;
  }

  /** Delivers exactly one outcome to the real listener, whichever of stream, timer or DNS comes first. */
  private static final class Guarded implements OutboundListener {
    private final OutboundListener target;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile boolean success;
    private final List<Runnable> onDone = new java.util.concurrent.CopyOnWriteArrayList<>();

    Guarded(OutboundListener target) { this.target = target; }

    boolean isDone() { return done.get(); }

    boolean succeeded() { return success; }

    void onDone(Runnable r) {
      onDone.add(r);
      if (done.get()) r.run();
    }

    private boolean finish(boolean ok) {
      if (!done.compareAndSet(false, true)) return false;
      success = ok;
      onDone.forEach(Runnable::run);
      return true;
    }

    @Override
    public void established(Channel channel, org.bridgehead.config.AuthMethod method, boolean acknowledged) {
      if (finish(true)) target.established(channel, method, acknowledged); else channel.close();
    }

    @Override
    public void acked(long handled) {
      if (success) target.acked(handled);
    }

    @Override
    public void readyToVerify(Channel channel) {
      if (finish(true)) target.readyToVerify(channel); else channel.close();
    }

    @Override
    public void verifyAnswer(org.bridgehead.xmpp.xml.XmlElement answer) { target.verifyAnswer(answer); }

    @Override
    public void failed(DeliveryException failure) {
      if (finish(false)) target.failed(failure);
    }

    @Override
    public void closed() {
      if (success) target.closed();
    }
  }
}
