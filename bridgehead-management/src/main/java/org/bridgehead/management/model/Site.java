package org.bridgehead.management.model;

/** A topology site (e.g. {@code Redmond}). */
public record Site(String name, String description, long version) {

  public Site {
    description = description == null ? "" : description;
  }

  public Site withVersion(long v) { return new Site(name, description, v); }
}
