package org.bridgehead.management.audit;

/** What a change did to an object, as recorded in the audit log. */
public enum ChangeAction {
  NEW,
  SET,
  REMOVE,
  GRANT,
  RESET
}
