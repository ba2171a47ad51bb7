package org.bridgehead.server.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.Edge;
import org.bridgehead.edge.routing.LinkStatus;
import org.bridgehead.gateway.Gateway;
import org.bridgehead.gateway.sip.stack.SipTransport;

/**
 * What a running node answers to {@code bridgehead status}: the roles it runs, the listeners (the
 * seed's netstat check, answered by the node itself) and, per partner, streams in and out, how the
 * outbound one authenticated, what waits in its queue and its last failure.
 *
 * @param internalLink the edge ↔ gateway link: in process in an all-in-one node (no 23456 listener)
 */
public record NodeStatus(Instant at, List<String> roles, String s2sListener, int s2sConnections, String sipListener,
    String internalLink, List<Partner> partners) {

  /** One partner's streams. */
  public record Partner(String domain, String partnerType, int inboundStreams, int outboundStreams, String outboundState,
      String authenticatedBy, int queued, String lastFailure, Instant lastFailureAt) {}

  static NodeStatus of(NodeConfig config, Edge edge, Gateway gateway) {
    List<String> roles = new ArrayList<>(List.of("edge", "management"));
    if (gateway != null) roles.add("gateway");
    List<LinkStatus> links = edge.outboundStatus();
    List<Partner> partners = new ArrayList<>();
    for (XmppPartner p : config.partners()) {
      LinkStatus link = links.stream().filter(l -> l.pair().remote().equals(p.primaryDomain())).findFirst().orElse(null);
      partners.add(new Partner(p.primaryDomain().toString(), p.partnerType().name(), edge.inboundStreams(p.primaryDomain()),
          edge.outboundStreams(p.primaryDomain()), link == null ? "IDLE" : link.state(),
          link == null || link.authenticatedBy() == null ? null : link.authenticatedBy().name(),
          link == null ? 0 : link.queued(),
          link == null || link.lastFailure() == null ? null
              : link.lastFailure().condition().elementName() + ": " + link.lastFailure().reason(),
          link == null || link.lastFailure() == null ? null : link.lastFailure().at()));
    }
    String sip = gateway == null ? null : gateway.sipHop(SipTransport.UDP).address() + ":" + gateway.sipHop(SipTransport.UDP).port();
    return new NodeStatus(Instant.now(), roles, String.valueOf(edge.boundAddress()), edge.connectionCount(), sip,
        gateway == null ? "none" : "in process", partners);
  }
}
