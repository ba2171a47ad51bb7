package org.bridgehead.bench.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generator's dialback keys: HMAC-SHA256 over "receiving originating streamId" (XEP-0185 style),
 * stateless so the authoritative listener verifies keys of streams it never saw.
 */
public final class DialbackKeys {
  private final SecretKeySpec key;

  public DialbackKeys(String secret) {
    key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String key(String receiving, String originating, String streamId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal((receiving + ' ' + originating + ' ' + streamId).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean valid(String receiving, String originating, String streamId, String candidate) {
    return candidate != null && streamId != null && MessageDigest.isEqual(
        key(receiving, originating, streamId).getBytes(StandardCharsets.US_ASCII),
        candidate.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
