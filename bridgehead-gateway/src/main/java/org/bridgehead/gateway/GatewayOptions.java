package org.bridgehead.gateway;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.translate.message.MessageTranslator;

/**
 * How the gateway runs.
 *
 * @param sip where the SIP side listens
 * @param proxy empty: self-contained (Bridgehead is registrar and presence server of the local domains);
 *     present: the SIP proxy in front (Kamailio) to which requests for local users go, and whose
 *     requests are trusted as authenticated
 * @param maxMessageBytes the largest message body translated (RFC 7572 size limit)
 */
public record GatewayOptions(SipEndpointSettings sip, Optional<Hop> proxy, int maxMessageBytes) {
  public GatewayOptions {
    Objects.requireNonNull(sip, "sip");
    Objects.requireNonNull(proxy, "proxy");
    if (maxMessageBytes < 1) throw new IllegalArgumentException("maxMessageBytes must be positive");
  }

  public static GatewayOptions selfContained(SipEndpointSettings sip) {
    return new GatewayOptions(sip, Optional.empty(), MessageTranslator.DEFAULT_MAX_BODY_BYTES);
  }

  public GatewayOptions behindProxy(Hop next) { return new GatewayOptions(sip, Optional.of(next), maxMessageBytes); }

  Set<String> trustedSources() { return proxy.map(h -> Set.of(h.address())).orElse(Set.of()); }
}
