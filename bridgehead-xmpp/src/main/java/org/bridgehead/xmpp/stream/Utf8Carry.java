package org.bridgehead.xmpp.stream;

import java.util.Arrays;

/**
 * Holds back a UTF-8 sequence cut off at the end of a chunk until the rest arrives. Aalto 1.3.3's
 * async parser corrupts a 4-byte character (emoji) in an attribute value when its bytes are fed in
 * two calls; it never has to see a split character if the parser is only fed whole ones.
 */
final class Utf8Carry {
  private byte[] held = new byte[0];

  /** {@code bytes} after any held bytes, minus a trailing incomplete sequence, which is held. */
  byte[] next(byte[] bytes) {
    byte[] joined = held.length == 0 ? bytes : concat(held, bytes);
    int keep = joined.length - incompleteTail(joined);
    held = Arrays.copyOfRange(joined, keep, joined.length);
    return keep == joined.length ? joined : Arrays.copyOf(joined, keep);
  }

  byte[] held() { return held; }

  /** Length of an unfinished multi-byte sequence at the end; 0 if none (or invalid: the parser reports it). */
  static int incompleteTail(byte[] b) {
    for (int i = b.length - 1; i >= Math.max(0, b.length - 4); i--) {
      int lead = b[i] & 0xFF;
      if ((lead & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead
      int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      return i + length > b.length ? b.length - i : 0;
    }
    return 0;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
