package org.bridgehead.diagnostics.federation;

import java.util.List;

/**
 * What to do about each failure: the troubleshooting an administrator of Lync's XMPP gateway walks
 * through (seed 000: DNS SRV records, port 5269 reachable, certificate names, the XMPP federation
 * route, the service running and its event log), written once so every step says it the same way.
 */
final class Fixes {
  private Fixes() {}

  static String noDns(String domain) {
    return "no SRV and no A record: publish _xmpp-server._tcp." + domain + " SRV 0 0 5269 <edge FQDN> "
        + "(one record per edge pool, each with its own priority) and an A record for the edge FQDN";
  }

  static String dnsUnreachable(String domain) {
    return "the configured DNS server did not answer for " + domain + ": check --dns-server (or the node's "
        + "dnsServers setting) points at a resolver that can reach the partner's public zone";
  }

  static String noService(String domain) {
    return domain + " publishes SRV target \".\": it declares no XMPP federation; ask the partner to publish "
        + "_xmpp-server._tcp." + domain + " pointing at port 5269 of its edge";
  }

  static String noAddress(String host) {
    return "publish an A (or AAAA) record for " + host + ", the target of the SRV record, or correct the SRV target";
  }

  static String portClosed(String domain, int port) {
    return "port closed or filtered: check the firewall allows TCP " + port + " inbound on " + domain
        + "'s edge and that its XMPP proxy service is started and listening on " + port
        + " (netstat -ano | findstr " + port + " / ss -ltn on the edge)";
  }

  static String notXmpp(String domain) {
    return "the peer did not speak XMPP server-to-server: check the SRV record of " + domain
        + " points at an XMPP federation port (5269), not a client or web port";
  }

  static String noStartTls(String domain) {
    return domain + " does not offer STARTTLS: enable TLS for server-to-server streams on its server "
        + "(Bridgehead and Lync partners require or prefer TLS; without it only TCP dialback is possible)";
  }

  static String tlsFailed(String domain) {
    return "the TLS handshake with " + domain + " failed: check its certificate and key are installed, and that it "
        + "accepts TLS 1.2 or 1.3";
  }

  static String untrusted(String domain) {
    return "the certificate chain of " + domain + " does not validate: install the complete chain (leaf and "
        + "intermediates) on its edge, or add its CA to --trust-anchors / the node's trust anchors";
  }

  static String wrongName(String domain, List<String> identities) {
    return "certificate names " + (identities.isEmpty() ? "(none)" : String.join(", ", identities))
        + " do not include " + domain + ": reissue the edge certificate with SAN dNSName=" + domain
        + " (no wildcard for XMPP domains)";
  }

  static String noAuthMethod(String domain) {
    return domain + " offers neither SASL EXTERNAL nor dialback after TLS: enable dialback, or give it a certificate "
        + "it trusts for us and enable SASL EXTERNAL, on its server";
  }

  static String saslRefused(String domain, String local) {
    return domain + " refused our certificate for " + local + ": check it trusts our CA and that our certificate "
        + "names " + local + " in a SAN";
  }

  static String dialbackRefused(String domain, String local) {
    return domain + " refused dialback for " + local + ": it could not verify our key by calling back. Check "
        + "_xmpp-server._tcp." + local + " points at our edge on 5269, that 5269 is open inbound, and that "
        + "the dialback secret given matches the node's";
  }

  static String partnerNotConfigured(String domain, String local) {
    return "check " + local + " is an allowed federation partner on " + domain + "'s server, and that "
        + domain + " is configured as an XMPP partner here (New-CsXmppAllowedPartner / partners in the store)";
  }

  static String streamError(String domain) {
    return "read the stream error above; on our side check the node's event log (bridgehead event-log get "
        + "--partner " + domain + ") and that the XMPP federation route of the site is assigned to this edge pool";
  }

  static String pingUnanswered(String local) {
    return "the answer travels on the partner's own stream to " + local + ": check the node's event log for "
        + "an inbound stream from the partner";
  }
}
