package org.bridgehead.gateway;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipStackKind;
import org.bridgehead.gateway.translate.message.MessageTranslator;

/**
 * How the gateway runs.
 *
 * @param sip where the SIP side listens
 * @param proxy empty: self-contained (Bridgehead is registrar and presence server of the local domains);
 *     present: the SIP proxy in front (Kamailio) to which requests for local users go, and whose
 *     requests are trusted as authenticated
 * @param maxMessageBytes the largest message body translated (RFC 7572 size limit)
 * @param stack the SIP stack the endpoint runs on (Netty unless told otherwise)
 */
public record GatewayOptions(SipEndpointSettings sip, Optional<Hop> proxy, int maxMessageBytes, SipStackKind stack) {
  public GatewayOptions {
    Objects.requireNonNull(sip, "sip");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(stack, "stack");
    if (maxMessageBytes < 1) throw new IllegalArgumentException("maxMessageBytes must be positive");
  }

  public static GatewayOptions selfContained(SipEndpointSettings sip) {
    return new GatewayOptions(sip, Optional.empty(), MessageTranslator.DEFAULT_MAX_BODY_BYTES, SipStackKind.NETTY);
  }

  public GatewayOptions behindProxy(Hop next) { return new GatewayOptions(sip, Optional.of(next), maxMessageBytes, stack); }

  public GatewayOptions withStack(SipStackKind kind) { return new GatewayOptions(sip, proxy, maxMessageBytes, kind); }

  Set<String> trustedSources() { return proxy.map(h -> Set.of(h.address())).orElse(Set.of()); }
}
