package org.bridgehead.diagnostics.federation;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.bridgehead.edge.tls.ChainValidator;

/**
 * What to probe and how.
 *
 * @param domain the partner's XMPP domain
 * @param localDomain the domain we speak for ({@code from} of our stream); null to leave it out
 * @param dnsServers DNS servers to ask (never the system resolver); may be empty with a hosts file
 * @param hostsFile hosts-format file consulted first; null for none
 * @param trust the anchors the partner's chain must validate against
 * @param clientKey key of {@code clientChain}; both null unless SASL EXTERNAL is to be tried
 * @param dialbackSecret the node's dialback secret: with it, dialback is tried for real for
 *     {@code localDomain} (the partner calls the running node back to verify the key); null: only
 *     report whether dialback is offered
 * @param timeout per network step
 */
public record ProbeOptions(String domain, String localDomain, List<InetSocketAddress> dnsServers,
    Path hostsFile, ChainValidator trust, PrivateKey clientKey, List<X509Certificate> clientChain,
    String dialbackSecret, Duration timeout) {

  public ProbeOptions {
    Objects.requireNonNull(domain, "domain");
    if (domain.isBlank()) throw new IllegalArgumentException("the domain to test is empty");
    dnsServers = List.copyOf(dnsServers);
    if (dnsServers.isEmpty() && hostsFile == null) {
      throw new IllegalArgumentException("give --dns-server HOST:PORT or --hosts-file FILE: "
          + "the system resolver is never used");
    }
    Objects.requireNonNull(trust, "trust");
    clientChain = clientChain == null ? List.of() : List.copyOf(clientChain);
    if ((clientKey == null) != clientChain.isEmpty()) {
      throw new IllegalArgumentException("--client-cert and --client-key go together");
    }
    if ((clientKey != null || dialbackSecret != null) && localDomain == null) {
      throw new IllegalArgumentException("authentication needs --local-domain (the domain we authenticate as)");
    }
    Objects.requireNonNull(timeout, "timeout");
  }

  public boolean hasClientCertificate() {
    return clientKey != null;
  }
}
