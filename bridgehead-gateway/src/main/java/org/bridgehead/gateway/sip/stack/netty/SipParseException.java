package org.bridgehead.gateway.sip.stack.netty;

/**
 * Input that is not a SIP message we take; the message names the fault, for logs and reason phrases,
 * and {@link #status} is what a request with it is answered (400, or 505 for another SIP version).
 */
final class SipParseException extends RuntimeException {
  private final int status;

  SipParseException(String message) {
    this(message, 400);
  }

  SipParseException(String message, int status) {
    super(message, null, false, false); // faults from the network are routine: no stack trace
    this.status = status;
  }

  int status() { return status; }
}
