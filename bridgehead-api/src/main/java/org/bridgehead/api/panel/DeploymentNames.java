package org.bridgehead.api.panel;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.service.ManagementService;

/**
 * The names a certificate request starts from, as the store knows them: the domains of the local users'
 * SIP addresses (the gateway's XMPP domain is the user's SIP domain) and the topology's edge pools.
 */
record DeploymentNames(List<String> domains, List<String> pools) {
  static DeploymentNames of(ManagementService m) {
    TreeSet<String> domains = new TreeSet<>();
    for (LocalUser u : m.users().get(null)) {
      int at = u.sipUri().indexOf('@');
      if (at > 0) domains.add(u.sipUri().substring(at + 1).toLowerCase(Locale.ROOT));
    }
    return new DeploymentNames(List.copyOf(domains), m.topology().getPools(null).stream().map(EdgePool::fqdn).toList());
  }
}
