package org.bridgehead.management.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the store keeps of a user's password: the PBKDF2 hash (API logins, checks) and the two digest
 * HA1 values the SIP registrar needs (RFC 7616: H(username:realm:password), username = the user part,
 * realm = the SIP domain). The password itself is never kept.
 */
public record UserSecrets(String passwordHash, String digestMd5, String digestSha256) {
  static final UserSecrets NONE = new UserSecrets(null, null, null);

  static UserSecrets of(String sipUri, char[] password) {
    if (password == null) return NONE;
    String aor = sipUri.substring(sipUri.indexOf(':') + 1);
    int at = aor.indexOf('@');
    String username = aor.substring(0, at);
    String realm = aor.substring(at + 1);
    return new UserSecrets(PasswordHasher.hash(password), ha1("MD5", username, realm, password),
        ha1("SHA-256", username, realm, password));
  }

  /** H(username ":" realm ":" password) in lower-case hex. */
  public static String ha1(String algorithm, String username, String realm, char[] password) {
    try {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      md.update((username + ":" + realm + ":").getBytes(StandardCharsets.UTF_8));
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      byte[] raw = new byte[bytes.remaining()];
      bytes.get(raw);
      md.update(raw);
      Arrays.fill(raw, (byte) 0);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " missing from the JDK", e);
    }
  }
}
