package org.bridgehead.config;

import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.jxmpp.jid.DomainBareJid;

/**
 * One XMPP federated partner (SPEC §2, New-CsXmppAllowedPartner). Construct through
 * {@link #builder(DomainBareJid)} for the documented defaults; {@link PartnerValidator} checks the rules.
 *
 * @param proxyFqdn host to connect to instead of resolving DNS SRV; null when DNS decides
 * @param connectionLimit simultaneous connections to this partner; empty means the global per-partner limit
 */
public record XmppPartner(
    DomainBareJid primaryDomain,
    String description,
    Set<DomainBareJid> additionalDomains,
    PartnerType partnerType,
    Negotiation tls,
    Negotiation sasl,
    boolean dialback,
    String proxyFqdn,
    boolean keepAlive,
    OptionalInt connectionLimit) {

  public XmppPartner {
    description = description == null ? "" : description;
    additionalDomains = Set.copyOf(additionalDomains);
  }

  /** The primary domain followed by the additional domains. */
  public Set<DomainBareJid> domains() {
    Set<DomainBareJid> all = new LinkedHashSet<>();
    all.add(primaryDomain);
    all.addAll(additionalDomains);
    return all;
  }

  public static Builder builder(DomainBareJid primaryDomain) { return new Builder(primaryDomain); }

  /** Builder with the Lync defaults: PublicUnverified, TLS and SASL Required, dialback on, keep-alive on. */
  public static final class Builder {
    private final DomainBareJid primaryDomain;
    private String description = "";
    private Set<DomainBareJid> additionalDomains = Set.of();
    private PartnerType partnerType = PartnerType.PUBLIC_UNVERIFIED;
    private Negotiation tls = Negotiation.REQUIRED;
    private Negotiation sasl = Negotiation.REQUIRED;
    private boolean dialback = true;
    private String proxyFqdn;
    private boolean keepAlive = true;
    private OptionalInt connectionLimit = OptionalInt.empty();

    private Builder(DomainBareJid primaryDomain) { this.primaryDomain = primaryDomain; }

    public Builder description(String v) { description = v; return this; }
    public Builder additionalDomains(Set<DomainBareJid> v) { additionalDomains = v; return this; }
    public Builder partnerType(PartnerType v) { partnerType = v; return this; }
    public Builder tls(Negotiation v) { tls = v; return this; }
    public Builder sasl(Negotiation v) { sasl = v; return this; }
    public Builder dialback(boolean v) { dialback = v; return this; }
    public Builder proxyFqdn(String v) { proxyFqdn = v; return this; }
    public Builder keepAlive(boolean v) { keepAlive = v; return this; }
    public Builder connectionLimit(OptionalInt v) { connectionLimit = v; return this; }

    public XmppPartner build() {
      return new XmppPartner(primaryDomain, description, additionalDomains, partnerType, tls, sasl,
          dialback, proxyFqdn, keepAlive, connectionLimit);
    }
  }
}
