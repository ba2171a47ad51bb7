package org.bridgehead.management.model;

/**
 * A local (SIP) user. The password hash is never part of this record: it stays in the store and is only
 * checked through the user service, so it cannot leak into API output or the audit log.
 *
 * @param sipUri e.g. {@code sip:alice@contoso.test}
 * @param site the user's site, or null; selects the site policy
 * @param policy name of the granted per-user policy, or null when none is granted
 * @param hasPassword whether a password hash is stored (read-only; ignored on writes)
 */
public record LocalUser(String sipUri, String displayName, String site, String policy, boolean hasPassword,
    long version) {

  public LocalUser {
    displayName = displayName == null ? "" : displayName;
  }

  public static LocalUser of(String sipUri, String displayName, String site) {
    return new LocalUser(sipUri, displayName, site, null, false, 0);
  }

  public LocalUser withPolicy(String p) { return new LocalUser(sipUri, displayName, site, p, hasPassword, version); }

  public LocalUser withVersion(long v) { return new LocalUser(sipUri, displayName, site, policy, hasPassword, v); }
}
