package org.bridgehead.gateway.sip.stack;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Unguessable tags, Call-IDs and branch identifiers. */
public final class Ids {
  // One generator per thread: the default (NativePRNG) reads /dev/urandom under one lock for every id,
  // a system call and a contended lock per SIP message. DRBG is seeded once per thread from the system.
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::generator);
  private static final HexFormat HEX = HexFormat.of();

  private Ids() {}

  public static String tag() { return random(8); }

  public static String callId() { return random(16) + "@bridgehead"; }

  public static String branch() { return "z9hG4bK" + random(10); }

  public static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.get().nextBytes(b);
    return HEX.formatHex(b);
  }

  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
