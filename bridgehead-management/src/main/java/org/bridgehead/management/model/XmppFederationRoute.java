package org.bridgehead.management.model;

/** A site's XMPP federation route: the edge pool that carries the site's XMPP federation (SPEC §7). */
public record XmppFederationRoute(String site, String pool, long version) {

  public XmppFederationRoute withVersion(long v) { return new XmppFederationRoute(site, pool, v); }
}
