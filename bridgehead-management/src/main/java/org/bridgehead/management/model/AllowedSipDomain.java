package org.bridgehead.management.model;

/** A SIP federated domain allowed to communicate (New-CsAllowedDomain). proxyFqdn null means DNS SRV decides. */
public record AllowedSipDomain(String domain, String proxyFqdn, VerificationLevel verificationLevel,
    String comment, long version) {

  public AllowedSipDomain {
    comment = comment == null ? "" : comment;
    verificationLevel = verificationLevel == null ? VerificationLevel.USE_SOURCE_VERIFICATION : verificationLevel;
  }

  public AllowedSipDomain withVersion(long v) {
    return new AllowedSipDomain(domain, proxyFqdn, verificationLevel, comment, v);
  }
}
