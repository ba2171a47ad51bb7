package org.bridgehead.management.model;

/** What an administrator may do through the API, the control panel and the online CLI. */
public enum AdminRole {
  /** Reads and changes everything. */
  ADMINISTRATOR,
  /** Reads everything, changes nothing. */
  READ_ONLY;

  public boolean mayChange() { return this == ADMINISTRATOR; }
}
