package org.bridgehead.management.service;

/** Object type names used in the audit log, change events and problems: the CLI's nouns. */
public final class Nouns {
  public static final String XMPP_PARTNER = "xmpp-partner";
  public static final String POLICY = "external-access-policy";
  public static final String USER = "user";
  public static final String ALLOWED_DOMAIN = "allowed-domain";
  public static final String BLOCKED_DOMAIN = "blocked-domain";
  public static final String PUBLIC_PROVIDER = "public-provider";
  public static final String XMPP_GATEWAY_CONFIG = "xmpp-gateway-config";
  public static final String ACCESS_EDGE_CONFIG = "access-edge-config";
  public static final String SITE = "site";
  public static final String EDGE_POOL = "edge-pool";
  public static final String ROUTE = "xmpp-federation-route";
  public static final String ADMINISTRATOR = "administrator";

  private Nouns() {}
}
