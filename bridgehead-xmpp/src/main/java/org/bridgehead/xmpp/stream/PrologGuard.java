package org.bridgehead.xmpp.stream;

/**
 * Watches the bytes before the stream's root tag for {@code <!}: in a prolog that can only open a
 * DOCTYPE or a comment, both restricted (RFC 6120 §11.1). Done on raw bytes because Aalto's async
 * parser fails on a DTD internal subset with a generic well-formedness error, which would hide
 * that the peer sent a DTD (and could mask a billion-laughs or XXE attempt as mere bad XML).
 */
final class PrologGuard {
  private boolean afterLt;
  private boolean done;

  /** Scans the next bytes; true if restricted markup starts in the prolog. */
  boolean restrictedMarkupIn(byte[] bytes) {
    for (int i = 0; i < bytes.length && !done; i++) {
      byte b = bytes[i];
      if (afterLt) {
        if (b == '!') return true;
        // '<?' opens the XML declaration or a PI (the parser reports PIs); anything else is the root.
        if (b != '?') done = true;
      }
      afterLt = b == '<';
    }
    return false;
  }
}
