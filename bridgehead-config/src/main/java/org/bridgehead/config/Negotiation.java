package org.bridgehead.config;

/** A partner's TLS or SASL negotiation setting (SPEC §2). */
public enum Negotiation {
  REQUIRED,
  OPTIONAL,
  NOT_SUPPORTED;

  public boolean allowed() { return this != NOT_SUPPORTED; }
}
