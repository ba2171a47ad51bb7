package org.bridgehead.gateway.sip.stack;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Unguessable tags, Call-IDs and branch identifiers. */
public final class Ids {
  // One generator per thread: the default (NativePRNG) reads /dev/urandom under one lock for every id,
  // a system call and a contended lock per SIP message. DRBG is seeded once per thread from the system
  // and asked for a block at a time (its cost is per call, not per byte); each byte is used once.
  private static final ThreadLocal<Block> RANDOM = ThreadLocal.withInitial(Block::new);
  private static final HexFormat HEX = HexFormat.of();

  private Ids() {}

  public static String tag() { return random(8); }

  public static String callId() { return random(16) + "@bridgehead"; }

  public static String branch() { return "z9hG4bK" + random(10); }

  public static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.get().fill(b);
    return HEX.formatHex(b);
  }

  private static final class Block {
    final SecureRandom generator = generator();
    final byte[] bytes = new byte[512];
    int used = bytes.length;

    void fill(byte[] out) {
      if (out.length > bytes.length) {
        generator.nextBytes(out);
        return;
      }
      if (used + out.length > bytes.length) {
        generator.nextBytes(bytes);
        used = 0;
      }
      System.arraycopy(bytes, used, out, 0, out.length);
      used += out.length;
    }
  }

  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
