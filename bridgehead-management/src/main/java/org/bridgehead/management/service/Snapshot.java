package org.bridgehead.management.service;

import java.util.List;
import java.util.Set;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.model.AccessEdgeSettings;
import org.bridgehead.management.model.AllowedSipDomain;
import org.bridgehead.management.model.BlockedSipDomain;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PublicProvider;
import org.bridgehead.management.model.Topology;
import org.jxmpp.jid.DomainBareJid;

/**
 * Everything the store holds at one change id, read in one transaction: what a running node applies.
 *
 * @param changeId the change counter the snapshot reflects; poll {@link ManagementService#lastChangeId()}
 *     and take a new snapshot when it moves
 */
public record Snapshot(
    long changeId,
    List<XmppPartner> partners,
    GatewaySettings gateway,
    AccessEdgeSettings accessEdge,
    List<ExternalAccessPolicy> policies,
    List<LocalUser> users,
    List<AllowedSipDomain> allowedDomains,
    List<BlockedSipDomain> blockedDomains,
    List<PublicProvider> publicProviders,
    Topology topology) {

  /** The edge's NodeConfig: the node's own domains and edge settings, with the stored partners and gateway. */
  public NodeConfig toNodeConfig(Set<DomainBareJid> localDomains, EdgeSettings edge) {
    return new NodeConfig(localDomains, edge, gateway, partners);
  }
}
