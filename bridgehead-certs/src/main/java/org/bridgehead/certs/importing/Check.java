package org.bridgehead.certs.importing;

/** The checks an imported chain goes through, named in every finding. */
public enum Check {
  MATCHES_PENDING_KEY,
  CHAIN_COMPLETE,
  TRUSTED_ROOT,
  DATES,
  SAN_COVERAGE,
  KEY_USAGE,
  EXTENDED_KEY_USAGE
}
