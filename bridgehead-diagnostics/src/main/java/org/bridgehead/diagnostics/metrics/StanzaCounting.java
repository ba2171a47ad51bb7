package org.bridgehead.diagnostics.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.edge.routing.LinkStatus;

/**
 * Counts the stanzas crossing the boundary between the edge and the gateway, by partner and direction,
 * by wrapping the two interfaces: the edge and the gateway stay free of metrics.
 */
public final class StanzaCounting {
  private StanzaCounting() {}

  /** Counts each stanza the edge delivers for local users, under the partner that authenticated it. */
  public static GatewayLink inbound(GatewayLink link, BridgeheadMetrics metrics) {
    return new GatewayLink() {
      @Override
      public void deliver(InboundStanza inbound) {
        metrics.stanza(inbound.partner() == null ? null : inbound.partner().toString(), Direction.INBOUND);
        link.deliver(inbound);
      }

      @Override
      public boolean ready(Runnable whenReady) {
        return link.ready(whenReady);
      }
    };
  }

  /**
   * Counts each stanza once a partner's stream took it, and each refusal by its condition
   * (remote-server-not-found, remote-server-timeout, ...).
   */
  public static StanzaSender outbound(StanzaSender sender, BridgeheadMetrics metrics) {
    return stanza -> {
      String partner = stanza.to() == null ? null : stanza.to().asDomainBareJid().toString();
      var result = sender.send(stanza);
      result.whenComplete((ok, failure) -> {
        if (failure == null) {
          metrics.stanza(partner, Direction.OUTBOUND);
        } else {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
          metrics.error(cause instanceof DeliveryException d ? d.condition().elementName() : "internal-server-error");
        }
      });
      return result;
    };
  }

  /** The outbound queues' depths, summed per partner domain, for {@link BridgeheadMetrics#queueDepths}. */
  public static Map<String, Integer> queueDepths(List<LinkStatus> links) {
    Map<String, Integer> depths = new HashMap<>();
    for (LinkStatus s : links) depths.merge(s.pair().remote().toString(), s.queued(), Integer::sum);
    return depths;
  }
}
