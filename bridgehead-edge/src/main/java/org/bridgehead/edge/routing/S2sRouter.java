package org.bridgehead.edge.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.edge.policy.PartnerDirectory;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.jxmpp.jid.DomainBareJid;

/**
 * Routes stanzas from local addresses to partner domains, one {@link OutboundLink} per domain pair.
 * Refuses what may not leave: a sender outside our domains, a recipient outside our partners.
 */
public final class S2sRouter implements StanzaSender {
  private final Supplier<PartnerDirectory> directory;
  private final EdgeSettings settings;
  private final OutboundLink.Opener opener;
  private final Map<DomainPair, OutboundLink> links = new ConcurrentHashMap<>();

  public S2sRouter(Supplier<PartnerDirectory> directory, EdgeSettings settings, LinkOpener opener) {
    this.directory = directory;
    this.settings = settings;
    this.opener = (link, pair, partner) -> opener.open(pair, partner, link);
  }

  /** Opens the stream of a link; the link is the stream's listener. */
  @FunctionalInterface
  public interface LinkOpener {
    void open(DomainPair pair, XmppPartner partner, org.bridgehead.edge.s2s.outbound.OutboundListener link);
  }

  @Override
  public CompletableFuture<Void> send(Stanza stanza) {
    if (stanza.from() == null || stanza.to() == null) {
      return CompletableFuture.failedFuture(new DeliveryException(StanzaErrorCondition.BAD_REQUEST,
          "a stanza for a partner needs 'from' and 'to'"));
    }
    PartnerDirectory dir = directory.get();
    DomainBareJid local = stanza.from().asDomainBareJid();
    DomainBareJid remote = stanza.to().asDomainBareJid();
    if (!dir.isLocal(local)) {
      return CompletableFuture.failedFuture(new DeliveryException(StanzaErrorCondition.NOT_ALLOWED,
          local + " is not a domain of this server"));
    }
    Optional<XmppPartner> partner = dir.partner(remote);
    if (partner.isEmpty()) {
      return CompletableFuture.failedFuture(new DeliveryException(StanzaErrorCondition.NOT_ALLOWED,
          remote + " is not a federated partner of " + local));
    }
    DomainPair pair = new DomainPair(local, remote);
    OutboundLink link = links.computeIfAbsent(pair, p -> new OutboundLink(p, partner.get(), opener,
        settings.outboundQueueCapacity(), settings.retryBaseDelay(), settings.retryMaxDelay()));
    return link.send(stanza);
  }

  /** Applies a new directory: links to removed partners close, the others take the new settings. */
  public void reconfigure() {
    PartnerDirectory dir = directory.get();
    links.entrySet().removeIf(e -> {
      Optional<XmppPartner> p = dir.partner(e.getKey().remote());
      if (p.isEmpty() || !dir.isLocal(e.getKey().local())) {
        e.getValue().shutdown();
        return true;
      }
      e.getValue().updatePartner(p.get());
      return false;
    });
  }

  public List<LinkStatus> status() {
    List<LinkStatus> out = new ArrayList<>();
    links.values().forEach(l -> out.add(l.status()));
    return out;
  }
}
