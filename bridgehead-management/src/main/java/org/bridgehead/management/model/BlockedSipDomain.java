package org.bridgehead.management.model;

/** A SIP domain refused federation (New-CsBlockedDomain). */
public record BlockedSipDomain(String domain, String comment, long version) {

  public BlockedSipDomain {
    comment = comment == null ? "" : comment;
  }

  public BlockedSipDomain withVersion(long v) { return new BlockedSipDomain(domain, comment, v); }
}
