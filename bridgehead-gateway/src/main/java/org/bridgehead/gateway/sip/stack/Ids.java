package org.bridgehead.gateway.sip.stack;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Unguessable tags, Call-IDs and branch identifiers. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static String tag() { return random(8); }

  public static String callId() { return random(16) + "@bridgehead"; }

  public static String branch() { return "z9hG4bK" + random(10); }

  public static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
