package org.bridgehead.certs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bridgehead.certs.store.KeyVault;

/** The export formats: PKCS#12 (key and chain under one password) or PEM (encrypted key, then the chain). */
public enum CertificateExport {
  PKCS12,
  PEM;

  /** The file content; {@code password} protects the key (required, at least 8 characters). */
  public byte[] write(String alias, PrivateKey key, List<X509Certificate> chain, char[] password) {
    if (password == null || password.length < 8) {
      throw new IllegalArgumentException("an export password of at least 8 characters is required");
    }
    if (this == PEM) {
      String pem = KeyVault.encrypt(key, password, KeyVault.PASSWORD_ITERATIONS) + Pem.write(chain);
      return pem.getBytes(StandardCharsets.US_ASCII);
    }
    try {
      // Java 17's PKCS12 defaults: PBES2 AES-256 and an HmacSHA256 MAC, readable by OpenSSL 3
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(alias, key, password, chain.toArray(X509Certificate[]::new));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the PKCS#12 file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
