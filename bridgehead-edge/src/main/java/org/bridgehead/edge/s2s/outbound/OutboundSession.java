package org.bridgehead.edge.s2s.outbound;

import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEvent.Kind;
import org.bridgehead.edge.policy.AuthPolicy;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.edge.s2s.S2sContext;
import org.bridgehead.edge.s2s.StreamSession;
import org.bridgehead.edge.tls.CertificateVerdict;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stream.StreamError;
import org.bridgehead.xmpp.stream.StreamErrorCondition;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.stream.WhitespacePing;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.DomainBareJid;

/**
 * The initiating side of a server-to-server stream: STARTTLS when offered and allowed, then SASL
 * EXTERNAL when the partner's row allows it and the peer offers it, else dialback — exactly the
 * methods of the partner's negotiation-matrix row. In verification mode it only opens the stream so
 * db:verify requests can be sent to an authoritative server.
 */
public final class OutboundSession extends StreamSession {
  public enum Mode { ROUTE, VERIFY }

  private enum State { OPENING, TLS, SASL, SASL_RESTART, DIALBACK, VERIFYING, ESTABLISHED, FAILED }

  private final S2sContext s2s;
  private final DomainBareJid local;
  private final DomainBareJid remote;
  private final XmppPartner partner;
  private final Mode mode;
  private final OutboundListener listener;
  private State state = State.OPENING;
  private String remoteStreamId;
  private boolean saslTried;
  private CertificateVerdict serverCertificate;
  private String lastProblem;
  private boolean smOffered;
  private AuthMethod smPendingMethod;

  public OutboundSession(S2sContext s2s, DomainBareJid local, DomainBareJid remote, XmppPartner partner,
      Mode mode, OutboundListener listener) {
    this.s2s = s2s;
    this.local = local;
    this.remote = remote;
    this.partner = partner;
    this.mode = mode;
    this.listener = listener;
  }

  @Override
  public void channelActive(io.netty.channel.ChannelHandlerContext ctx) {
    s2s.connections.add(ctx.channel());
    // With direct TLS (XEP-0368) the header follows the handshake; see onTlsEstablished.
    if (!tlsActive()) sendHeader();
    ctx.fireChannelActive();
  }

  private void sendHeader() {
    send(new StreamHeader(local.toString(), remote.toString(), null, "1.0", null, Namespaces.SERVER,
        Map.of("stream", Namespaces.STREAMS, "db", Namespaces.DIALBACK)));
  }

  @Override
  protected void onTlsEstablished(List<X509Certificate> chain) {
    serverCertificate = s2s.certificates.check(chain, remote.toString());
    var session = ctx.pipeline().get(SslHandler.class).engine().getSession();
    s2s.events.onEvent(EdgeEvent.of(Kind.TLS_ESTABLISHED, local, remote, session.getProtocol() + " "
        + session.getCipherSuite() + "; server certificate "
        + (serverCertificate.saslExternalPossible() ? "valid for " + remote : "not valid for " + remote + ": " + serverCertificate.problem())));
    sendHeader();
  }

  @Override
  protected void onHeader(StreamHeader header) {
    if (!Namespaces.SERVER.equals(header.defaultNamespace())) {
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, "the peer answered with a non-server stream namespace "
          + header.defaultNamespace(), StreamErrorCondition.INVALID_NAMESPACE);
      return;
    }
    remoteStreamId = header.id();
    boolean modern = header.version() != null && header.version().startsWith("1.");
    if (!modern) {
      // A pre-RFC 3920 server sends no features: dialback over TCP is all it can do.
      if (tlsActive() || partner.tls() == Negotiation.REQUIRED) {
        fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, remote + " does not support XMPP 1.0 streams, so TLS is impossible", null);
      } else {
        authenticate(XmlElement.builder("features", Namespaces.STREAMS).build(), true);
      }
    }
  }

  @Override
  protected void onElement(XmlElement e) {
    if (e.is("features", Namespaces.STREAMS)) {
      onFeatures(e);
    } else if (e.is("proceed", Namespaces.TLS) && state == State.TLS) {
      restartStream();
      ctx.pipeline().addFirst("tls", s2s.tls.current().newClientHandler(ctx.alloc(), remote.toString()));
    } else if (e.is("failure", Namespaces.TLS)) {
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, remote + " refused STARTTLS", null);
    } else if (e.is("success", Namespaces.SASL) && state == State.SASL) {
      restartStream();
      state = State.SASL_RESTART; // established once the restarted stream's features arrive
      sendHeader();
    } else if (e.is("failure", Namespaces.SASL) && state == State.SASL) {
      lastProblem = "SASL EXTERNAL refused by " + remote + ": " + Features.describeError(e);
      s2s.events.onEvent(EdgeEvent.of(Kind.OUTBOUND_FAILED, local, remote, lastProblem));
      if (offeredDialback && AuthPolicy.dialbackAllowed(partner, tlsActive())) {
        sendDialbackKey();
      } else {
        fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, lastProblem, StreamErrorCondition.NOT_AUTHORIZED);
      }
    } else if (e.is("result", Namespaces.DIALBACK) && state == State.DIALBACK) {
      onDialbackResult(e);
    } else if (e.is("verify", Namespaces.DIALBACK)) {
      listener.verifyAnswer(e);
    } else if (e.namespace() != null && e.namespace().equals(Namespaces.SM)) {
      onStreamManagement(e);
    }
    // Anything else on an outbound stream (S2S streams are one-way) is ignored.
  }

  private boolean offeredDialback;

  private void onFeatures(XmlElement features) {
    if (state == State.ESTABLISHED) return;
    smOffered = Features.offersStreamManagement(features); // the latest features are the ones that count
    if (state == State.SASL_RESTART) {
      state = State.ESTABLISHED;
      established(AuthMethod.SASL_EXTERNAL);
      return;
    }
    boolean tls = tlsActive();
    if (!tls && s2s.tls != null && partner.tls().allowed() && Features.offersStartTls(features)) {
      state = State.TLS;
      send(Features.tls("starttls"));
      return;
    }
    if (!tls && partner.tls() == Negotiation.REQUIRED) {
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, s2s.tls == null
          ? "partner " + partner.primaryDomain() + " requires TLS but this edge has no certificate"
          : remote + " does not offer STARTTLS, and partner " + partner.primaryDomain() + " requires TLS",
          StreamErrorCondition.POLICY_VIOLATION);
      return;
    }
    if (!tls && Features.requiresStartTls(features)) {
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, remote + " requires TLS, but TLS is "
          + (s2s.tls == null ? "not configured on this edge" : "NotSupported for this partner"), null);
      return;
    }
    authenticate(features, false);
  }

  private void authenticate(XmlElement features, boolean legacy) {
    if (mode == Mode.VERIFY) {
      state = State.VERIFYING;
      listener.readyToVerify(ctx.channel());
      return;
    }
    boolean tls = tlsActive();
    Set<AuthMethod> allowed = AuthPolicy.allowed(partner, tls);
    offeredDialback = legacy || Features.offersDialback(features);
    boolean externalOffered = Features.saslMechanisms(features).contains("EXTERNAL");
    // SASL EXTERNAL only towards a server whose own certificate proves it is the partner.
    boolean serverProven = serverCertificate != null && serverCertificate.saslExternalPossible();
    if (!saslTried && allowed.contains(AuthMethod.SASL_EXTERNAL) && externalOffered && serverProven) {
      saslTried = true;
      state = State.SASL;
      send(XmlElement.builder("auth", Namespaces.SASL).attribute("mechanism", "EXTERNAL").text("=").build());
    } else if (offeredDialback && allowed.contains(AuthPolicy.dialbackMethod(tls))) {
      sendDialbackKey();
    } else {
      String offered = (externalOffered ? "SASL EXTERNAL " : "") + (offeredDialback ? "dialback" : "");
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, "no common authentication method with " + remote
          + ": partner settings allow " + allowed + (tls ? " over TLS" : " without TLS") + ", " + remote + " offered "
          + (offered.isBlank() ? "nothing" : offered.trim())
          + (allowed.contains(AuthMethod.SASL_EXTERNAL) && !externalOffered
              ? " (it did not accept our certificate for " + local + ")" : "")
          + (allowed.contains(AuthMethod.SASL_EXTERNAL) && externalOffered && !serverProven
              ? " (its certificate does not prove it is " + remote + ": "
                  + (serverCertificate == null ? "no TLS" : serverCertificate.problem()) + ")" : ""),
          StreamErrorCondition.POLICY_VIOLATION);
    }
  }

  private void sendDialbackKey() {
    state = State.DIALBACK;
    String key = s2s.dialbackKey.generate(remote.toString(), local.toString(), remoteStreamId);
    send(Features.dialback("result", local.toString(), remote.toString(), null, null, key));
  }

  private void onDialbackResult(XmlElement e) {
    String type = e.attribute("type");
    if ("valid".equals(type)) {
      state = State.ESTABLISHED;
      established(AuthPolicy.dialbackMethod(tlsActive()));
    } else if ("error".equals(type)) {
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, remote + " refused dialback: " + Features.describeError(e), null);
    } else {
      fail(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, remote + " found our dialback key invalid", null);
    }
  }

  /**
   * Authenticated. Where the peer offers XEP-0198 (Prosody does on S2S) stream management is enabled
   * first, so that every stanza's delivery is acknowledged by the peer, not just written to a socket.
   */
  private void established(AuthMethod method) {
    if (smOffered && mode == Mode.ROUTE) {
      smPendingMethod = method;
      send(Features.sm("enable", null));
    } else {
      ready(method, false);
    }
  }

  private void onStreamManagement(XmlElement e) {
    switch (e.name()) {
      case "enabled", "failed" -> {
        if (smPendingMethod == null) return;
        AuthMethod method = smPendingMethod;
        smPendingMethod = null;
        ready(method, e.name().equals("enabled"));
      }
      case "a" -> {
        try {
          listener.acked(Long.parseLong(e.attribute("h")));
        } catch (NumberFormatException | NullPointerException bad) {
          failStream(StreamErrorCondition.UNDEFINED_CONDITION, "bad XEP-0198 <a/> h attribute");
        }
      }
      case "r" -> send(Features.sm("a", 0L)); // an outbound stream carries no stanzas to us
      default -> { }
    }
  }

  private void ready(AuthMethod method, boolean acknowledged) {
    s2s.events.onEvent(EdgeEvent.of(Kind.AUTHENTICATED, local, remote, "outbound stream authenticated by " + method
        + (acknowledged ? "; stanzas acknowledged (XEP-0198)" : "")));
    listener.established(ctx.channel(), method, acknowledged);
  }

  private void fail(StanzaErrorCondition condition, String reason, StreamErrorCondition streamCondition) {
    if (state == State.FAILED) return;
    state = State.FAILED;
    s2s.events.onEvent(EdgeEvent.of(Kind.OUTBOUND_FAILED, local, remote, reason));
    listener.failed(new DeliveryException(condition, reason));
    if (streamCondition != null) failStream(streamCondition, reason); else closeStream();
  }

  @Override
  protected void onIdle(IdleStateEvent event) {
    // Writer idle on an established stream: a whitespace ping keeps NATs and the peer's timer happy.
    if (state == State.ESTABLISHED && partner.keepAlive()
        && event.state() == io.netty.handler.timeout.IdleState.WRITER_IDLE) {
      send(WhitespacePing.INSTANCE);
    } else if (event.state() == io.netty.handler.timeout.IdleState.ALL_IDLE) {
      super.onIdle(event);
    }
  }

  @Override
  protected void onPeerStreamError(StreamError error) {
    lastProblem = remote + " ended the stream with " + error.condition()
        + (error.text() == null ? "" : ": " + error.text());
    failBeforeEstablished(lastProblem);
  }

  @Override
  protected void onConnectionFailure(Throwable cause) {
    failBeforeEstablished("connection to " + remote + " failed: " + cause.getMessage());
  }

  @Override
  protected void onClosed() {
    if (state == State.VERIFYING) return; // a verification stream ends once answered (or timed out)
    if (state == State.ESTABLISHED) {
      s2s.events.onEvent(EdgeEvent.of(Kind.STREAM_CLOSED, local, remote, "outbound stream closed"));
      listener.closed();
    } else {
      failBeforeEstablished(lastProblem != null ? lastProblem
          : remote + " closed the connection during stream negotiation (state " + state + ")");
    }
  }

  private void failBeforeEstablished(String reason) {
    if (state == State.ESTABLISHED || state == State.FAILED || state == State.VERIFYING) return;
    state = State.FAILED;
    s2s.events.onEvent(EdgeEvent.of(Kind.OUTBOUND_FAILED, local, remote, reason));
    listener.failed(new DeliveryException(StanzaErrorCondition.REMOTE_SERVER_NOT_FOUND, reason));
    closeQuietly();
  }

  @Override
  protected String describe() {
    return "outbound " + local + " -> " + remote + (mode == Mode.VERIFY ? " (verify)" : "");
  }
}
