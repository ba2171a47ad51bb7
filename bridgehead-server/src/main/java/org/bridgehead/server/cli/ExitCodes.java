package org.bridgehead.server.cli;

/** Exit codes every command uses, so scripts can tell a bad call from a failed operation. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The operation ran and failed (unreachable partner, refused authentication, ...). */
  public static final int FAILURE = 1;
  /** The command line or configuration was wrong; nothing was done. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
