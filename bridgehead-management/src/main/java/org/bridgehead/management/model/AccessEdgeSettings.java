package org.bridgehead.management.model;

/**
 * Global access edge settings (Set-CsAccessEdgeConfiguration): what kinds of external users the edge
 * admits at all, before any policy is consulted.
 */
public record AccessEdgeSettings(
    boolean allowAnonymousUsers,
    boolean allowFederatedUsers,
    boolean allowOutsideUsers,
    boolean enablePartnerDiscovery,
    VerificationLevel discoveredPartnerVerificationLevel,
    boolean enableArchivingDisclaimer,
    long version) {

  /** Lync's defaults: nothing external admitted until the administrator turns it on. */
  public static final AccessEdgeSettings DEFAULTS = new AccessEdgeSettings(false, false, false, false,
      VerificationLevel.USE_SOURCE_VERIFICATION, false, 0);

  public AccessEdgeSettings withVersion(long v) {
    return new AccessEdgeSettings(allowAnonymousUsers, allowFederatedUsers, allowOutsideUsers, enablePartnerDiscovery,
        discoveredPartnerVerificationLevel, enableArchivingDisclaimer, v);
  }
}
