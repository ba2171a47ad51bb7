package org.bridgehead.management.model;

import java.util.List;

/**
 * An edge server or pool in a site (SPEC §1, §7).
 *
 * @param members host names of the pool's servers
 * @param externalPort XMPP S2S port on the external interface (5269)
 * @param internalPort gateway link port on the internal interface (23456)
 */
public record EdgePool(String fqdn, String site, List<String> members, int externalPort, int internalPort,
    boolean xmppFederationEnabled, long version) {

  public static final int DEFAULT_EXTERNAL_PORT = 5269;
  public static final int DEFAULT_INTERNAL_PORT = 23456;

  public EdgePool {
    members = members == null ? List.of() : List.copyOf(members);
  }

  public static EdgePool of(String fqdn, String site, boolean xmppFederationEnabled) {
    return new EdgePool(fqdn, site, List.of(fqdn), DEFAULT_EXTERNAL_PORT, DEFAULT_INTERNAL_PORT,
        xmppFederationEnabled, 0);
  }

  public EdgePool withVersion(long v) {
    return new EdgePool(fqdn, site, members, externalPort, internalPort, xmppFederationEnabled, v);
  }
}
