package org.bridgehead.server.node;

import java.nio.file.Path;
import java.util.Set;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.management.store.StoreLocation;
import org.jxmpp.jid.DomainBareJid;

/**
 * What a node is started with. Partners and gateway settings live in the store; a configuration
 * file's partners and settings are imported into it at start.
 *
 * @param importFromFile the loaded configuration file to import, or null when there is none
 */
public record NodeSetup(Set<DomainBareJid> localDomains, EdgeSettings edge, StoreLocation store, NodeConfig importFromFile) {
  public NodeSetup {
    localDomains = Set.copyOf(localDomains);
  }

  /** A node whose store is an embedded database under {@code dataDir}, seeded from {@code config}. */
  public static NodeSetup embedded(NodeConfig config, Path dataDir) {
    return new NodeSetup(config.localDomains(), config.edge(), StoreLocation.embedded(dataDir), config);
  }
}
