package org.bridgehead.certs.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bridgehead.certs.Pem;

/**
 * Private keys as encrypted PKCS#8 PEM (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC): how keys are kept in
 * the store, and how an exported PEM key is protected by its password.
 */
public final class KeyVault {
  /** For the store's random 256-bit secret: nothing to stretch, the count only has to be valid. */
  public static final int SECRET_ITERATIONS = 10_000;
  /** For a password typed by a person (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). */
  public static final int PASSWORD_ITERATIONS = 600_000;

  // BouncyCastle's provider, not installed globally: the JDK's has no PKCS7Padding name for PBES2 AES
  private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

  private KeyVault() {}

  public static String encrypt(PrivateKey key, char[] password, int iterations) {
    try {
      var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
          .setPRF(JcaPKCS8Generator.PRF_HMACSHA256).setIterationCount(iterations).setProvider(BC).setPassword(password).build();
      return Pem.write(java.util.List.of(new JcaPKCS8Generator(key, encryptor).generate()));
    } catch (OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot encrypt the private key", e);
    }
  }

  /** The key back; a wrong password or a damaged PEM is an IllegalStateException naming the cause. */
  public static PrivateKey decrypt(String encryptedPem, char[] password) {
    try (PEMParser p = new PEMParser(new StringReader(encryptedPem))) {
      Object o = p.readObject();
      if (!(o instanceof PKCS8EncryptedPrivateKeyInfo info)) {
        throw new IllegalStateException("stored key is not an encrypted PKCS#8 key");
      }
      PrivateKeyInfo plain = info.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password));
      return new JcaPEMKeyConverter().getPrivateKey(plain);
    } catch (PKCSException e) {
      throw new IllegalStateException("cannot decrypt the stored private key: wrong key secret file?", e);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot decrypt the stored private key", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
