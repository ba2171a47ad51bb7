package org.bridgehead.server.node;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.gateway.GatewayOptions;
import org.bridgehead.management.store.StoreLocation;
import org.jxmpp.jid.DomainBareJid;

/**
 * What a node is started with. Partners and gateway settings live in the store; a configuration
 * file's partners and settings are imported into it at start.
 *
 * @param importFromFile the loaded configuration file to import, or null when there is none
 * @param dataDir where the node keeps its files (and announces its API in {@code api.url})
 * @param apiListen the management API's address, or null for no API
 * @param gateway how the gateway role runs (SIP listener, self-contained or behind a proxy), or null for none
 */
public record NodeSetup(Set<DomainBareJid> localDomains, EdgeSettings edge, StoreLocation store, NodeConfig importFromFile,
    Path dataDir, InetSocketAddress apiListen, GatewayOptions gateway) {
  public NodeSetup {
    localDomains = Set.copyOf(localDomains);
  }

  /** A node whose store is an embedded database under {@code dataDir}, seeded from {@code config}; no API, no SIP. */
  public static NodeSetup embedded(NodeConfig config, Path dataDir) {
    return new NodeSetup(config.localDomains(), config.edge(), StoreLocation.embedded(dataDir), config, dataDir, null, null);
  }

  public NodeSetup withApi(InetSocketAddress listen) {
    return new NodeSetup(localDomains, edge, store, importFromFile, dataDir, listen, gateway);
  }

  public NodeSetup withGateway(GatewayOptions options) {
    return new NodeSetup(localDomains, edge, store, importFromFile, dataDir, apiListen, options);
  }
}
