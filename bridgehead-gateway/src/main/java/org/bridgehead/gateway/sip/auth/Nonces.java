package org.bridgehead.gateway.sip.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Nonces that prove themselves (time and random, signed with a per-process key) so no state is kept per
 * challenge, plus the highest nonce-count seen for each nonce in use, so a replayed response is refused.
 */
final class Nonces {
  enum Check { FRESH, STALE, FORGED, REPLAYED }

  private static final int MAX_TRACKED = 100_000;
  private final byte[] key = new byte[32];
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Long> highestCount = new ConcurrentHashMap<>();

  Nonces(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
    random.nextBytes(key);
  }

  String issue() {
    ByteBuffer payload = ByteBuffer.allocate(24).putLong(clock.millis());
    byte[] r = new byte[16];
    random.nextBytes(r);
    payload.put(r);
    byte[] p = payload.array();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(p) + "." + signature(p);
  }

  /** Checks a nonce and, for a fresh one, that {@code count} is higher than any seen with it. */
  Check check(String nonce, long count) {
    int dot = nonce.indexOf('.');
    if (dot < 0) return Check.FORGED;
    byte[] p;
    try {
      p = Base64.getUrlDecoder().decode(nonce.substring(0, dot));
    } catch (IllegalArgumentException e) {
      return Check.FORGED;
    }
    if (p.length != 24 || !MessageDigest.isEqual(signature(p).getBytes(), nonce.substring(dot + 1).getBytes())) {
      return Check.FORGED;
    }
    long issued = ByteBuffer.wrap(p).getLong();
    long now = clock.millis();
    if (now - issued > lifetime.toMillis() || issued - now > 5_000) return Check.STALE;
    if (highestCount.size() > MAX_TRACKED) purge(now);
    boolean[] fresh = {false};
    highestCount.compute(nonce, (n, seen) -> {
      if (seen == null || count > seen) {
        fresh[0] = true;
        return count;
      }
      return seen;
    });
    return fresh[0] ? Check.FRESH : Check.REPLAYED;
  }

  private void purge(long now) {
    for (Iterator<String> it = highestCount.keySet().iterator(); it.hasNext(); ) {
      String n = it.next();
      byte[] p = Base64.getUrlDecoder().decode(n.substring(0, n.indexOf('.')));
      if (now - ByteBuffer.wrap(p).getLong() > lifetime.toMillis()) it.remove();
    }
  }

  private String signature(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal(payload);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
