package org.bridgehead.gateway.sip.stack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The hop of each transport an endpoint listens on, for {@link SipEndpoint#localHop}. */
public final class LocalHops {
  private final Map<SipTransport, Hop> hops = new ConcurrentHashMap<>();

  public void put(Hop hop) { hops.put(hop.transport(), hop); }

  /** The hop of {@code transport}, or null when the endpoint does not listen on it. */
  public Hop find(SipTransport transport) { return hops.get(transport); }

  public Hop get(SipTransport transport) {
    Hop hop = hops.get(transport);
    if (hop == null) throw new IllegalStateException("no " + transport + " listener");
    return hop;
  }
}
