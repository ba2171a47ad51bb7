package org.bridgehead.edge.s2s.inbound;

import io.netty.handler.ssl.SslHandler;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.events.EdgeEvent.Kind;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.policy.AuthPolicy;
import org.bridgehead.edge.policy.PartnerDirectory;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.s2s.Domains;
import org.bridgehead.edge.s2s.Features;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.edge.s2s.S2sContext;
import org.bridgehead.edge.s2s.StreamSession;
import org.bridgehead.edge.tls.CertificateVerdict;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaParseException;
import org.bridgehead.xmpp.stream.StreamErrorCondition;
import org.bridgehead.xmpp.stream.StreamHeader;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;

/**
 * The receiving side of a server-to-server stream (RFC 6120, XEP-0178, XEP-0220): offers the
 * features the partner's settings allow, authenticates the originating domain by SASL EXTERNAL or
 * dialback, answers dialback verifications for our own keys, then checks the addressing of every
 * stanza before handing it on.
 */
public final class InboundSession extends StreamSession {
  private final S2sContext s2s;
  private final Map<DomainBareJid, Authenticated> authenticated = new HashMap<>();
  private String streamId;
  private DomainBareJid localDomain;
  private DomainBareJid headerFrom;
  private List<X509Certificate> peerChain = List.of();
  private boolean saslOffered;
  private ScheduledFuture<?> establishmentTimer;
  /** True while this stream is not read because the gateway is full (see {@link GatewayLink#ready}). */
  private boolean heldBack;

  /** An originating domain this stream may carry stanzas from, and to which of our domains. */
  private record Authenticated(XmppPartner partner, AuthMethod method, Set<DomainBareJid> toDomains) {}

  public InboundSession(S2sContext s2s) {
    this.s2s = s2s;
  }

  @Override
  public void channelActive(io.netty.channel.ChannelHandlerContext ctx) {
    s2s.connections.add(ctx.channel());
    if (s2s.connections.total() > s2s.gateway.totalConnectionLimit()) {
      // Refuse after the header exchange so the peer reads a proper stream error.
      refuseOverLimit = true;
    }
    long timeout = s2s.gateway.streamEstablishmentTimeout().toMillis();
    establishmentTimer = ctx.executor().schedule(() -> {
      if (authenticated.isEmpty()) {
        failStream(StreamErrorCondition.CONNECTION_TIMEOUT,
            "The stream was not authenticated within " + s2s.gateway.streamEstablishmentTimeout().toSeconds() + " s");
      }
    }, timeout, TimeUnit.MILLISECONDS);
    ctx.fireChannelActive();
  }

  private boolean refuseOverLimit;

  @Override
  protected void onHeader(StreamHeader header) {
    streamId = UUID.randomUUID().toString();
    PartnerDirectory dir = s2s.directory.get();
    DomainBareJid to = Domains.parse(header.to());
    localDomain = to != null ? to : dir.localDomains().iterator().next();
    headerFrom = Domains.parse(header.from());
    boolean modern = header.version() != null && header.version().startsWith("1.");
    send(new StreamHeader(localDomain.toString(), header.from(), streamId, modern ? "1.0" : null, null,
        Namespaces.SERVER, Map.of("stream", Namespaces.STREAMS, "db", Namespaces.DIALBACK)));

    if (!Namespaces.SERVER.equals(header.defaultNamespace())) {
      failStream(StreamErrorCondition.INVALID_NAMESPACE, "A server-to-server stream must use the jabber:server namespace");
    } else if (to != null && !dir.isLocal(to)) {
      refuse(StreamErrorCondition.HOST_UNKNOWN, to + " is not served here");
    } else if (header.from() != null && headerFrom == null) {
      refuse(StreamErrorCondition.INVALID_FROM, "'" + header.from() + "' is not a valid domain");
    } else if (headerFrom != null && dir.partner(headerFrom).isEmpty() && !dir.isLocal(headerFrom)) {
      refuse(StreamErrorCondition.POLICY_VIOLATION, headerFrom + " is not a federated partner of " + localDomain);
    } else if (refuseOverLimit) {
      refuse(StreamErrorCondition.RESOURCE_CONSTRAINT,
          "The connection limit of " + s2s.gateway.totalConnectionLimit() + " streams is reached");
    } else if (modern) {
      send(Features.features(offeredFeatures()));
    }
  }

  private List<XmlElement> offeredFeatures() {
    List<XmlElement> out = new ArrayList<>();
    Optional<XmppPartner> partner = s2s.directory.get().partner(headerFrom);
    boolean tls = tlsActive();
    saslOffered = false;
    if (!tls && s2s.tls != null && partner.map(p -> p.tls().allowed()).orElse(true)) {
      out.add(Features.startTls(partner.map(p -> p.tls() == Negotiation.REQUIRED).orElse(false)));
    }
    if (tls && partner.isPresent() && AuthPolicy.allowed(partner.get(), true).contains(AuthMethod.SASL_EXTERNAL)
        && certificateVerdict(headerFrom).saslExternalPossible()) {
      out.add(Features.saslExternal());
      saslOffered = true;
    }
    if (partner.map(p -> AuthPolicy.dialbackAllowed(p, tls)).orElse(true)) {
      out.add(Features.dialback());
    }
    if (tls && out.isEmpty() && partner.isPresent()) {
      // Nothing left to offer: say why, since the partner will simply give up.
      s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_REFUSED, localDomain, headerFrom, "no authentication method left for "
          + headerFrom + ": " + AuthPolicy.refusal(partner.get(), AuthMethod.SASL_EXTERNAL, true)
          + "; its certificate: " + certificateVerdict(headerFrom).problem()));
    }
    return out;
  }

  private CertificateVerdict certificateVerdict(DomainBareJid domain) {
    return s2s.certificates.check(peerChain, domain.toString());
  }

  @Override
  protected void onTlsEstablished(List<X509Certificate> chain) {
    peerChain = chain;
    SslHandler ssl = ctx.pipeline().get(SslHandler.class);
    s2s.events.onEvent(EdgeEvent.of(Kind.TLS_ESTABLISHED, localDomain, headerFrom,
        "inbound " + ssl.engine().getSession().getProtocol() + " " + ssl.engine().getSession().getCipherSuite()
            + (chain.isEmpty() ? ", no client certificate" : ", client certificate " + chain.get(0).getSubjectX500Principal())));
  }

  @Override
  protected void onElement(XmlElement e) {
    if (e.is("starttls", Namespaces.TLS)) {
      startTls();
    } else if (e.is("auth", Namespaces.SASL)) {
      saslAuth(e);
    } else if (e.is("result", Namespaces.DIALBACK)) {
      dialbackResult(e);
    } else if (e.is("verify", Namespaces.DIALBACK)) {
      dialbackVerify(e);
    } else if (Namespaces.SERVER.equals(e.namespace())
        && (e.name().equals("message") || e.name().equals("presence") || e.name().equals("iq"))) {
      stanza(e);
    } else {
      failStream(StreamErrorCondition.UNSUPPORTED_STANZA_TYPE, "Unexpected element {" + e.namespace() + "}" + e.name());
    }
  }

  private void startTls() {
    Optional<XmppPartner> partner = s2s.directory.get().partner(headerFrom);
    if (tlsActive() || s2s.tls == null || !partner.map(p -> p.tls().allowed()).orElse(true)) {
      send(Features.tls("failure"));
      closeStream();
      return;
    }
    // startTls=true: the <proceed/> written next leaves in the clear, everything after is encrypted.
    ctx.pipeline().addFirst("tls", new SslHandler(s2s.tls.current().serverContext().newEngine(ctx.alloc()), true));
    restartStream();
    send(Features.tls("proceed"));
  }

  private void saslAuth(XmlElement auth) {
    if (!"EXTERNAL".equals(auth.attribute("mechanism")) || !saslOffered) {
      send(Features.saslFailure("invalid-mechanism", "Only EXTERNAL is offered, and only with a valid certificate"));
      return;
    }
    String payload = auth.text().trim();
    DomainBareJid identity = headerFrom;
    if (!payload.isEmpty() && !payload.equals("=")) {
      String authzid;
      try {
        authzid = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException ex) {
        send(Features.saslFailure("incorrect-encoding", "The authorization identity is not base64"));
        return;
      }
      identity = Domains.parse(authzid);
      if (identity == null || (headerFrom != null && !identity.equals(headerFrom))) {
        send(Features.saslFailure("invalid-authzid", "The authorization identity must be the stream's 'from' domain"));
        return;
      }
    }
    if (identity == null) {
      send(Features.saslFailure("not-authorized", "No domain to authenticate: the stream header has no 'from'"));
      return;
    }
    Optional<XmppPartner> partner = s2s.directory.get().partner(identity);
    CertificateVerdict verdict = certificateVerdict(identity);
    if (partner.isEmpty() || !verdict.saslExternalPossible()) {
      String why = partner.isEmpty() ? identity + " is not a federated partner" : verdict.problem();
      send(Features.saslFailure("not-authorized", why));
      s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_REFUSED, localDomain, identity, "SASL EXTERNAL refused: " + why));
      return;
    }
    if (!authenticate(identity, partner.get(), AuthMethod.SASL_EXTERNAL, localDomain)) return;
    restartStream();
    send(XmlElement.builder("success", Namespaces.SASL).build());
  }

  private void dialbackResult(XmlElement e) {
    String from = e.attribute("from");
    String to = e.attribute("to");
    String key = e.text().trim();
    DomainBareJid originating = Domains.parse(from);
    DomainBareJid receiving = Domains.parse(to);
    PartnerDirectory dir = s2s.directory.get();
    if (receiving == null || !dir.isLocal(receiving)) {
      dialbackRefused(e, "item-not-found", to + " is not served here", StreamErrorCondition.HOST_UNKNOWN);
      return;
    }
    Optional<XmppPartner> partner = dir.partner(originating);
    if (originating == null || partner.isEmpty()) {
      dialbackRefused(e, "policy-violation", from + " is not a federated partner of " + receiving,
          StreamErrorCondition.POLICY_VIOLATION);
      return;
    }
    boolean tls = tlsActive();
    if (!AuthPolicy.dialbackAllowed(partner.get(), tls)) {
      dialbackRefused(e, "policy-violation", AuthPolicy.refusal(partner.get(), AuthPolicy.dialbackMethod(tls), tls),
          StreamErrorCondition.POLICY_VIOLATION);
      return;
    }
    s2s.verifier().verify(receiving, originating, streamId, key).whenComplete((valid, err) ->
        ctx.executor().execute(() -> dialbackOutcome(e, partner.get(), originating, receiving, valid, err)));
  }

  private void dialbackOutcome(XmlElement request, XmppPartner partner, DomainBareJid originating,
      DomainBareJid receiving, Boolean valid, Throwable err) {
    if (isClosing() || !ctx.channel().isActive()) return;
    String from = receiving.toString();
    String to = originating.toString();
    if (err != null) {
      Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
      String condition = cause instanceof DeliveryException de ? de.error().condition().elementName() : "remote-server-not-found";
      send(Features.dialbackError("result", from, to, null, condition,
          "Could not verify the key with " + originating + "'s authoritative server: " + cause.getMessage()));
      s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_REFUSED, receiving, originating, "dialback verification failed: " + cause.getMessage()));
      return;
    }
    if (!valid) {
      send(Features.dialback("result", from, to, null, "invalid", null));
      s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_REFUSED, receiving, originating,
          "the authoritative server said the dialback key is invalid"));
      if (authenticated.isEmpty()) closeStream();
      return;
    }
    if (authenticate(originating, partner, AuthPolicy.dialbackMethod(tlsActive()), receiving)) {
      send(Features.dialback("result", from, to, null, "valid", null));
    }
  }

  private void dialbackRefused(XmlElement request, String condition, String text, StreamErrorCondition streamCondition) {
    s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_REFUSED, request.attribute("to"), request.attribute("from"), text));
    send(Features.dialbackError("result", request.attribute("to"), request.attribute("from"), null, condition, text));
    if (authenticated.isEmpty()) failStream(streamCondition, text);
  }

  /** Authoritative role: was this key generated by us for a stream we opened? */
  private void dialbackVerify(XmlElement e) {
    String receiving = e.attribute("from");
    String originating = e.attribute("to");
    String id = e.attribute("id");
    DomainBareJid ours = Domains.parse(originating);
    if (ours == null || !s2s.directory.get().isLocal(ours)) {
      send(Features.dialbackError("verify", originating, receiving, id, "item-not-found", originating + " is not served here"));
      return;
    }
    boolean valid = id != null && receiving != null
        && s2s.dialbackKey.verify(receiving, ours.toString(), id, e.text());
    s2s.events.onEvent(EdgeEvent.of(Kind.DIALBACK_VERIFIED, ours, receiving,
        "asked to verify our key for stream " + id + ": " + (valid ? "valid" : "invalid")));
    send(Features.dialback("verify", ours.toString(), receiving, id, valid ? "valid" : "invalid", e.text()));
  }

  private boolean authenticate(DomainBareJid domain, XmppPartner partner, AuthMethod method, DomainBareJid to) {
    Authenticated existing = authenticated.get(domain);
    if (existing == null) {
      int limit = partner.connectionLimit().orElse(s2s.gateway.perPartnerConnectionLimit());
      if (s2s.connections.inbound(partner.primaryDomain()) >= limit) {
        failStream(StreamErrorCondition.RESOURCE_CONSTRAINT,
            "The connection limit of " + limit + " streams for partner " + partner.primaryDomain() + " is reached");
        return false;
      }
      s2s.connections.inboundAuthenticated(partner.primaryDomain());
      authenticated.put(domain, new Authenticated(partner, method, new java.util.HashSet<>(Set.of(to))));
    } else {
      existing.toDomains().add(to);
    }
    if (establishmentTimer != null) establishmentTimer.cancel(false);
    s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_AUTHENTICATED, to, domain, "authenticated by " + method));
    return true;
  }

  private void stanza(XmlElement e) {
    if (authenticated.isEmpty()) {
      failStream(StreamErrorCondition.NOT_AUTHORIZED, "Stanzas are accepted only after authentication");
      return;
    }
    Stanza stanza;
    try {
      stanza = Stanza.parse(e);
    } catch (StanzaParseException ex) {
      // A malformed 'from' cannot be trusted at all; a malformed 'to' or iq is the peer's addressing error.
      failStream("from".equals(ex.attribute()) ? StreamErrorCondition.INVALID_FROM : StreamErrorCondition.IMPROPER_ADDRESSING,
          "Unusable stanza: " + ex.getMessage());
      return;
    }
    Jid from = stanza.from();
    Jid to = stanza.to();
    if (from == null || to == null) {
      failStream(StreamErrorCondition.IMPROPER_ADDRESSING, "A server-to-server stanza needs both 'from' and 'to'");
      return;
    }
    DomainBareJid fromDomain = from.asDomainBareJid();
    DomainBareJid toDomain = to.asDomainBareJid();
    Authenticated auth = authenticated.get(fromDomain);
    if (auth == null) {
      failStream(StreamErrorCondition.INVALID_FROM, fromDomain + " was not authenticated on this stream");
    } else if (!s2s.directory.get().isLocal(toDomain)) {
      failStream(StreamErrorCondition.HOST_UNKNOWN, toDomain + " is not served here");
    } else if (!auth.toDomains().contains(toDomain)) {
      failStream(StreamErrorCondition.HOST_UNKNOWN, "This stream is not authenticated for " + fromDomain + " to " + toDomain);
    } else if (!to.hasLocalpart() && !to.hasResource()) {
      s2s.responder().handle(stanza);
    } else {
      GatewayLink link = s2s.gatewayLink();
      link.deliver(new InboundStanza(stanza, auth.partner().primaryDomain(), auth.partner().partnerType(), auth.method()));
      if (!heldBack && !link.ready(this::readAgain)) {
        // the stanzas already decoded from this read still go through; the next read waits
        heldBack = true;
        ctx.channel().config().setAutoRead(false);
      }
    }
  }

  private void readAgain() {
    ctx.executor().execute(() -> {
      heldBack = false;
      ctx.channel().config().setAutoRead(true); // reads at once what waited in the socket
    });
  }

  private void refuse(StreamErrorCondition condition, String text) {
    s2s.events.onEvent(EdgeEvent.of(Kind.INBOUND_REFUSED, localDomain, headerFrom, text));
    failStream(condition, text);
  }

  @Override
  protected void onClosed() {
    if (establishmentTimer != null) establishmentTimer.cancel(false);
    authenticated.forEach((domain, a) -> {
      s2s.connections.inboundClosed(a.partner().primaryDomain());
      s2s.events.onEvent(EdgeEvent.of(Kind.STREAM_CLOSED, localDomain, domain, "inbound stream closed"));
    });
    authenticated.clear();
  }

  @Override
  protected String describe() {
    return "inbound " + (headerFrom == null ? "?" : headerFrom) + " -> " + (localDomain == null ? "?" : localDomain);
  }

  /** Closes this stream if it carries a domain no longer in the directory (live reconfiguration). */
  public void revalidate() {
    PartnerDirectory dir = s2s.directory.get();
    for (DomainBareJid d : authenticated.keySet()) {
      if (dir.partner(d).isEmpty()) {
        refuse(StreamErrorCondition.POLICY_VIOLATION, d + " is no longer a federated partner");
        return;
      }
    }
  }
}
