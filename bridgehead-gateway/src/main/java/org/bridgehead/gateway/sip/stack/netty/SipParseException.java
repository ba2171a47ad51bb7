package org.bridgehead.gateway.sip.stack.netty;

/** Input that is not a SIP message; the message names the fault, for logs and 400 reason phrases. */
final class SipParseException extends RuntimeException {
  SipParseException(String message) {
    super(message, null, false, false); // faults from the network are routine: no stack trace
  }
}
