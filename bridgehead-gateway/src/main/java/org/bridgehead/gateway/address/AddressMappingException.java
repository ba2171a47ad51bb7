package org.bridgehead.gateway.address;

/** An address that cannot be carried to the other protocol; the message says which and why. */
public final class AddressMappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public AddressMappingException(String message) {
    super(message);
  }

  public AddressMappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
