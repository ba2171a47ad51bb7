package org.bridgehead.admin.connect;

/** The command line's exit codes, documented in {@code docs/cli.md}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;
  public static final int REFUSED = 3;
  public static final int NOT_FOUND = 4;
  public static final int STALE = 5;
  public static final int AUTH = 6;

  private ExitCodes() {}

  static int forStatus(int status) {
    return switch (status) {
      case 400 -> BAD_INPUT;
      case 401, 403 -> AUTH;
      case 404 -> NOT_FOUND;
      case 409 -> STALE;
      case 422 -> REFUSED;
      default -> FAILED;
    };
  }
}
