package org.bridgehead.edge.s2s;

import java.util.function.Supplier;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.edge.dialback.DialbackKey;
import org.bridgehead.edge.events.EdgeEventListener;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.local.ServerDomainResponder;
import org.bridgehead.edge.policy.PartnerDirectory;
import org.bridgehead.edge.tls.TlsContextProvider;

/** What every S2S session of one edge shares. Built once by {@link org.bridgehead.edge.Edge}. */
public final class S2sContext {
  public final Supplier<PartnerDirectory> directory;
  public final EdgeSettings edge;
  public final GatewaySettings gateway;
  /** Null when the edge has no certificate: no TLS is offered or attempted. */
  public final TlsContextProvider tls;
  public final PeerCertificateCheck certificates;
  public final DialbackKey dialbackKey;
  public final EdgeEventListener events;
  public final ConnectionRegistry connections;
  private volatile GatewayLink gatewayLink;
  private volatile ServerDomainResponder responder;
  private volatile DialbackVerifier verifier;

  public S2sContext(Supplier<PartnerDirectory> directory, EdgeSettings edge, GatewaySettings gateway,
      TlsContextProvider tls, PeerCertificateCheck certificates, DialbackKey dialbackKey,
      EdgeEventListener events, ConnectionRegistry connections) {
    this.directory = directory;
    this.edge = edge;
    this.gateway = gateway;
    this.tls = tls;
    this.certificates = certificates;
    this.dialbackKey = dialbackKey;
    this.events = events;
    this.connections = connections;
  }

  /** Late binding: the gateway, the responder and the verifier need the router, built after this. */
  public void bind(GatewayLink gatewayLink, ServerDomainResponder responder, DialbackVerifier verifier) {
    this.gatewayLink = gatewayLink;
    this.responder = responder;
    this.verifier = verifier;
  }

  public GatewayLink gatewayLink() { return gatewayLink; }

  public ServerDomainResponder responder() { return responder; }

  public DialbackVerifier verifier() { return verifier; }
}
