package org.bridgehead.gateway.sip.routing;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The SIP domains this deployment serves (the same names as its XMPP domains, as in Lync). */
public final class SipDomains {
  private final Supplier<Set<String>> current;

  public SipDomains(Supplier<Set<String>> current) { this.current = current; }

  public static SipDomains of(String... domains) {
    Set<String> set = java.util.Arrays.stream(domains).map(d -> d.toLowerCase(Locale.ROOT)).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
    return new SipDomains(() -> set);
  }

  /** One of the domains (for the gateway's own address), if any. */
  public java.util.Optional<String> any() { return current.get().stream().sorted().findFirst(); }

  public boolean isLocal(String host) {
    return host != null && current.get().contains(host.toLowerCase(Locale.ROOT));
  }
}
