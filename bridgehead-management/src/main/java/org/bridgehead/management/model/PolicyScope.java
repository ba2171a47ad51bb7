package org.bridgehead.management.model;

/** Where an external access policy applies; precedence for a user is USER, then SITE, then GLOBAL. */
public enum PolicyScope {
  GLOBAL,
  SITE,
  /** A named per-user policy (Lync's "Tag:" policies), applied only through a grant. */
  USER
}
