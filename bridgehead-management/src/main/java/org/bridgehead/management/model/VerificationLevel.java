package org.bridgehead.management.model;

/** How much the edge trusts a SIP federated domain or public provider to vouch for its users (Lync's -VerificationLevel). */
public enum VerificationLevel {
  ALWAYS_VERIFIABLE,
  ALWAYS_UNVERIFIABLE,
  USE_SOURCE_VERIFICATION
}
