package org.bridgehead.management.model;

/**
 * An external access policy (SPEC §4, New-/Set-CsExternalAccessPolicy).
 *
 * @param version the stored version; on an update it is the version the caller last read (0 when new)
 */
public record ExternalAccessPolicy(
    PolicyIdentity identity,
    String description,
    boolean enableFederationAccess,
    boolean enablePublicCloudAccess,
    boolean enableXmppAccess,
    boolean enableOutsideAccess,
    long version) {

  public ExternalAccessPolicy {
    description = description == null ? "" : description;
  }

  /** Lync's defaults: every kind of external access off. */
  public static ExternalAccessPolicy defaults(PolicyIdentity identity) {
    return new ExternalAccessPolicy(identity, "", false, false, false, false, 0);
  }

  public ExternalAccessPolicy withVersion(long v) {
    return new ExternalAccessPolicy(identity, description, enableFederationAccess, enablePublicCloudAccess,
        enableXmppAccess, enableOutsideAccess, v);
  }
}
