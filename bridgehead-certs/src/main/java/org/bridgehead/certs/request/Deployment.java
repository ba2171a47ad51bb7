package org.bridgehead.certs.request;

import java.util.List;
import java.util.Set;

/**
 * The names of a deployment that the edge certificate must carry.
 *
 * @param xmppDomains the local XMPP domains (every one goes into the SANs; never a wildcard)
 * @param sipDomains the local SIP domains (each goes into the SANs)
 * @param edgePoolFqdns the edge pools' FQDNs (the first is the default subject)
 * @param sipPrefixUnticked SIP domains whose {@code sip.<domain>} entry the administrator unticked
 * @param extraSans further SANs typed by hand (wildcards allowed here, e.g. for web names)
 */
public record Deployment(List<String> xmppDomains, List<String> sipDomains, List<String> edgePoolFqdns,
    Set<String> sipPrefixUnticked, List<String> extraSans) {

  public Deployment {
    xmppDomains = xmppDomains == null ? List.of() : List.copyOf(xmppDomains);
    sipDomains = sipDomains == null ? List.of() : List.copyOf(sipDomains);
    edgePoolFqdns = edgePoolFqdns == null ? List.of() : List.copyOf(edgePoolFqdns);
    sipPrefixUnticked = sipPrefixUnticked == null ? Set.of() : Set.copyOf(sipPrefixUnticked);
    extraSans = extraSans == null ? List.of() : List.copyOf(extraSans);
  }
}
