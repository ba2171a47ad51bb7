package org.bridgehead.gateway.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The digest algorithms of RFC 7616 the registrar can verify. */
public enum DigestAlgorithm {
  MD5("MD5"), SHA_256("SHA-256");

  private final String token;

  DigestAlgorithm(String token) { this.token = token; }

  /** The token in challenges and credentials, and the JDK digest name. */
  public String token() { return token; }

  /** An absent algorithm parameter means MD5 (RFC 7616 §3.3). */
  public static Optional<DigestAlgorithm> of(String token) {
    if (token == null || token.isEmpty()) return Optional.of(MD5);
    for (DigestAlgorithm a : values()) if (a.token.equalsIgnoreCase(token)) return Optional.of(a);
    return Optional.empty();
  }

  public String hex(String data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(token).digest(data.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
