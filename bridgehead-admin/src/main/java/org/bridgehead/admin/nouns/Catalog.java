package org.bridgehead.admin.nouns;

import static org.bridgehead.admin.nouns.Field.bool;
import static org.bridgehead.admin.nouns.Field.duration;
import static org.bridgehead.admin.nouns.Field.flag;
import static org.bridgehead.admin.nouns.Field.list;
import static org.bridgehead.admin.nouns.Field.number;
import static org.bridgehead.admin.nouns.Field.text;

import java.util.List;

/** Every noun of the administration command line, named after the Lync cmdlets it mirrors (SPEC §2–7). */
public final class Catalog {
  private static final String LEVEL = "AlwaysVerifiable | AlwaysUnverifiable | UseSourceVerification";

  public static final Noun XMPP_PARTNER = Noun.collection("xmpp-partner", "New-/Get-/Set-/Remove-CsXmppAllowedPartner",
      "/xmpp-partners", "primaryDomain", "DOMAIN",
      List.of("primaryDomain", "partnerType", "tls", "sasl", "dialback", "additionalDomains", "proxyFqdn", "keepAlive",
          "connectionLimit", "version"),
      List.of(text("--description", "description", "Free text."),
          list("--additional-domains", "additionalDomains", "Further domains of the partner, comma-separated."),
          text("--partner-type", "partnerType", "federated | public-verified | public-unverified (default public-unverified, as Lync)."),
          text("--tls", "tls", "required | optional | not-supported (default required)."),
          text("--sasl", "sasl", "required | optional | not-supported (default required)."),
          bool("--dialback", "dialback", "Server dialback allowed (default true)."),
          text("--proxy-fqdn", "proxyFqdn", "Connect to this host instead of looking up DNS SRV ('none' to clear)."),
          bool("--keep-alive", "keepAlive", "Whitespace keep-alives on idle streams (default true)."),
          number("--connection-limit", "connectionLimit", "Streams to this partner ('none': the global limit).")));

  public static final Noun POLICY = Noun.collection("external-access-policy", "*-CsExternalAccessPolicy",
      "/external-access-policies", "identity", "IDENTITY",
      List.of("identity", "enableFederationAccess", "enablePublicCloudAccess", "enableXmppAccess", "enableOutsideAccess",
          "description", "version"),
      List.of(text("--description", "description", "Free text."),
          flag("--enable-federation-access", "enableFederationAccess", "Federated (SIP and XMPP) partners."),
          flag("--enable-public-cloud-access", "enablePublicCloudAccess", "Public IM providers."),
          flag("--enable-xmpp-access", "enableXmppAccess", "XMPP federation."),
          flag("--enable-outside-access", "enableOutsideAccess", "Access from outside without VPN.")));

  public static final Noun USER = Noun.collection("user", "Get-/Set-CsUser", "/users", "sipUri", "SIP_URI",
      List.of("sipUri", "displayName", "site", "policy", "hasPassword", "version"),
      List.of(text("--display-name", "displayName", "Name shown to contacts."),
          text("--site", "site", "The user's site ('none' to clear); selects the site policy.")));

  public static final Noun ALLOWED_DOMAIN = Noun.collection("allowed-domain", "*-CsAllowedDomain", "/allowed-domains",
      "domain", "DOMAIN", List.of("domain", "proxyFqdn", "verificationLevel", "comment", "version"),
      List.of(text("--proxy-fqdn", "proxyFqdn", "The partner's access edge ('none': DNS SRV decides)."),
          text("--verification-level", "verificationLevel", LEVEL), text("--comment", "comment", "Free text.")));

  public static final Noun BLOCKED_DOMAIN = Noun.collection("blocked-domain", "*-CsBlockedDomain", "/blocked-domains",
      "domain", "DOMAIN", List.of("domain", "comment", "version"), List.of(text("--comment", "comment", "Free text.")));

  public static final Noun PUBLIC_PROVIDER = Noun.collection("public-provider", "*-CsPublicProvider", "/public-providers",
      "name", "NAME", List.of("name", "proxyFqdn", "enabled", "verificationLevel", "version"),
      List.of(text("--proxy-fqdn", "proxyFqdn", "The provider's access edge."),
          bool("--enabled", "enabled", "Whether users may talk to this provider (default false)."),
          text("--verification-level", "verificationLevel", LEVEL)));

  public static final Noun GATEWAY_CONFIG = new Noun("xmpp-gateway-config", "Get-/Set-CsXmppGatewayConfiguration",
      "/xmpp-gateway-config", null, null, List.of(),
      List.of(number("--total-connection-limit", "totalConnectionLimit", "Streams in total."),
          number("--per-partner-connection-limit", "perPartnerConnectionLimit", "Streams per partner."),
          text("--dialback-secret", "dialbackSecret", "Secret for XEP-0185 dialback keys (16+ characters)."),
          bool("--log-message-bodies", "logMessageBodies", "Write message bodies to the log."),
          duration("--keep-alive-interval", "keepAliveInterval", "Idle time before a whitespace ping."),
          duration("--stream-establishment-timeout", "streamEstablishmentTimeout", "Time allowed to set up a stream."),
          duration("--stream-inactivity-timeout", "streamInactivityTimeout", "Idle time before a stream is closed."),
          duration("--subscription-refresh-interval", "subscriptionRefreshInterval", "Presence subscription refresh.")),
      false);

  public static final Noun ACCESS_EDGE_CONFIG = new Noun("access-edge-config", "Get-/Set-CsAccessEdgeConfiguration",
      "/access-edge-config", null, null, List.of(),
      List.of(bool("--allow-anonymous-users", "allowAnonymousUsers", "Anonymous users may join meetings."),
          bool("--allow-federated-users", "allowFederatedUsers", "Federation is on for the organisation."),
          bool("--allow-outside-users", "allowOutsideUsers", "Remote users may log in."),
          bool("--enable-partner-discovery", "enablePartnerDiscovery", "Federate with any domain found by DNS."),
          text("--discovered-partner-verification-level", "discoveredPartnerVerificationLevel", LEVEL),
          bool("--enable-archiving-disclaimer", "enableArchivingDisclaimer", "Tell partners that IM is archived.")),
      false);

  public static final Noun SITE = Noun.collection("site", "New-/Get-/Set-/Remove-CsSite", "/sites", "name", "NAME",
      List.of("name", "description", "version"), List.of(text("--description", "description", "Free text.")));

  public static final Noun EDGE_POOL = Noun.collection("edge-pool", "Topology Builder: edge pools", "/edge-pools",
      "fqdn", "FQDN", List.of("fqdn", "site", "members", "externalPort", "internalPort", "xmppFederationEnabled", "version"),
      List.of(text("--site", "site", "The site the pool belongs to."),
          list("--members", "members", "Host names of the pool's servers (default: the pool FQDN)."),
          number("--external-port", "externalPort", "XMPP S2S port (default 5269)."),
          number("--internal-port", "internalPort", "Gateway link port (default 23456)."),
          bool("--xmpp-federation-enabled", "xmppFederationEnabled", "This pool carries XMPP federation.")));

  public static final Noun ROUTE = new Noun("xmpp-federation-route", "Topology Builder: XMPP federation route",
      "/xmpp-federation-routes", "site", "SITE", List.of("site", "pool", "version"),
      List.of(text("--pool", "pool", "Edge pool (with XMPP federation enabled) that carries the site's XMPP federation.")),
      true);

  private Catalog() {}
}
