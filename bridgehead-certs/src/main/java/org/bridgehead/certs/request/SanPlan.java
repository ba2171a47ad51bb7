package org.bridgehead.certs.request;

import java.util.List;

/**
 * The subject and SANs the planner proposes, and the XMPP domains the issued certificate must cover.
 *
 * @param subjectCn the subject common name, also the first SAN
 * @param sans every dNSName, normalized, without duplicates, in the order planned
 */
public record SanPlan(String subjectCn, List<String> sans, List<String> xmppDomains) {
  public SanPlan {
    sans = List.copyOf(sans);
    xmppDomains = List.copyOf(xmppDomains);
  }
}
