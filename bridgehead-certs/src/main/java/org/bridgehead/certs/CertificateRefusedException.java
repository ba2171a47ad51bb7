package org.bridgehead.certs;

/** An operation a rule forbids (export of a non-exportable key, removal of an assigned certificate): exit 3. */
public class CertificateRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CertificateRefusedException(String message) { super(message); }
}
