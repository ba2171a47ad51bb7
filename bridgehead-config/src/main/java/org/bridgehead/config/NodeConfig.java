package org.bridgehead.config;

import java.util.List;
import java.util.Set;
import org.jxmpp.jid.DomainBareJid;

/** Everything one node needs to run the edge: its domains, its settings and its partners. */
public record NodeConfig(
    Set<DomainBareJid> localDomains,
    EdgeSettings edge,
    GatewaySettings gateway,
    List<XmppPartner> partners) {

  public NodeConfig {
    localDomains = Set.copyOf(localDomains);
    partners = List.copyOf(partners);
  }
}
