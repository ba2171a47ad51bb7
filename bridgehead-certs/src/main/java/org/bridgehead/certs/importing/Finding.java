package org.bridgehead.certs.importing;

/**
 * One outcome of a check that is not a plain pass.
 *
 * @param error true when the import is refused, false for a warning
 * @param reason what is wrong, naming the certificate concerned
 * @param fix what the administrator should do about it
 */
public record Finding(Check check, boolean error, String reason, String fix) {
  public static Finding error(Check check, String reason, String fix) { return new Finding(check, true, reason, fix); }

  public static Finding warning(Check check, String reason, String fix) { return new Finding(check, false, reason, fix); }

  @Override
  public String toString() { return (error ? "ERROR " : "WARNING ") + check + ": " + reason + " Fix: " + fix; }
}
