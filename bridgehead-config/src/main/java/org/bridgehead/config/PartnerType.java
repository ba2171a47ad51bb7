package org.bridgehead.config;

/** How far a partner's users are trusted (SPEC §2). */
public enum PartnerType {
  /** Same enterprise or close partner: no authorization needed, status notes visible. */
  FEDERATED,
  /** Public provider trusted to verify identities: no authorization needed, notes hidden. */
  PUBLIC_VERIFIED,
  /** Public provider not trusted: nothing reaches a local user until that user adds the contact. */
  PUBLIC_UNVERIFIED
}
