package org.bridgehead.edge.dialback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Dialback keys per XEP-0185: HMAC-SHA256 keyed with SHA-256(secret) over
 * "receiving originating streamId", hex-encoded. Stateless, so any node of a pool that shares the
 * secret can answer a verification for a stream another node opened.
 */
public final class DialbackKey {
  private final byte[] hashedSecret;

  public DialbackKey(String secret) {
    try {
      hashedSecret = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String generate(String receivingDomain, String originatingDomain, String streamId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hexOf(hashedSecret).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      byte[] out = mac.doFinal((receivingDomain + ' ' + originatingDomain + ' ' + streamId)
          .getBytes(StandardCharsets.UTF_8));
      return hexOf(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison, so a verifier leaks nothing about how much of a guess was right. */
  public boolean verify(String receivingDomain, String originatingDomain, String streamId, String key) {
    if (key == null) return false;
    byte[] expected = generate(receivingDomain, originatingDomain, streamId).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, key.trim().getBytes(StandardCharsets.US_ASCII));
  }

  private static String hexOf(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
