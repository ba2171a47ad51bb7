package org.bridgehead.management.model;

/** A public IM provider entry (New-CsPublicProvider); only enabled ones federate. */
public record PublicProvider(String name, String proxyFqdn, boolean enabled, VerificationLevel verificationLevel,
    long version) {

  public PublicProvider {
    verificationLevel = verificationLevel == null ? VerificationLevel.ALWAYS_UNVERIFIABLE : verificationLevel;
  }

  public PublicProvider withVersion(long v) { return new PublicProvider(name, proxyFqdn, enabled, verificationLevel, v); }
}
