package org.bridgehead.certs.request;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** The key types the wizard offers (Lync offered RSA lengths; P-256 is what modern CAs also issue). */
public enum KeyType {
  RSA_2048("RSA", 2048),
  RSA_3072("RSA", 3072),
  RSA_4096("RSA", 4096),
  EC_P256("EC", 256);

  public static final KeyType DEFAULT = RSA_2048;

  private final String algorithm;
  private final int bits;

  KeyType(String algorithm, int bits) {
    this.algorithm = algorithm;
    this.bits = bits;
  }

  public String algorithm() { return algorithm; }

  public int bits() { return bits; }

  public boolean isRsa() { return algorithm.equals("RSA"); }

  /** SHA-256 for every type, as the request asks of the CA. */
  public String signatureAlgorithm() { return isRsa() ? "SHA256withRSA" : "SHA256withECDSA"; }

  public KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
      if (isRsa()) g.initialize(bits, new SecureRandom());
      else g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot generate " + this + " keys", e);
    }
  }
}
