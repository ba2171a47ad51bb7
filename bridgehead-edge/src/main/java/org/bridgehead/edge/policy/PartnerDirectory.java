package org.bridgehead.edge.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.config.XmppPartner;
import org.jxmpp.jid.DomainBareJid;

/**
 * An immutable snapshot of who we are and whom we federate with. The edge swaps whole snapshots
 * when the configuration changes, so a stream sees one consistent view per decision.
 */
public final class PartnerDirectory {
  private final Set<DomainBareJid> localDomains;
  private final Map<DomainBareJid, XmppPartner> byDomain = new HashMap<>();
  private final List<XmppPartner> partners;

  public PartnerDirectory(Set<DomainBareJid> localDomains, List<XmppPartner> partners) {
    this.localDomains = Set.copyOf(localDomains);
    this.partners = List.copyOf(partners);
    for (XmppPartner p : partners) {
      for (DomainBareJid d : p.domains()) byDomain.put(d, p);
    }
  }

  public Set<DomainBareJid> localDomains() { return localDomains; }

  public boolean isLocal(DomainBareJid domain) { return domain != null && localDomains.contains(domain); }

  public Optional<XmppPartner> partner(DomainBareJid domain) {
    return Optional.ofNullable(domain == null ? null : byDomain.get(domain));
  }

  public List<XmppPartner> partners() { return partners; }
}
