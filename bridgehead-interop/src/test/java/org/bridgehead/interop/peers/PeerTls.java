package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import org.bridgehead.testkit.pki.TestPki;

/**
 * A peer's TLS material: its certificate chain (leaf first) and PKCS#8 key as PEM, and the PEM bundle
 * of CA certificates it trusts for S2S certificate authentication (may hold several CAs).
 */
public record PeerTls(Path certificateChain, Path privateKey, Path caBundle) {

  public static PeerTls of(TestPki.PemFiles files, Path caBundle) {
    return new PeerTls(files.certificateChain(), files.privateKey(), caBundle);
  }

  /** Writes the certificates of {@code cas} into one PEM bundle. */
  public static Path writeCaBundle(Path file, TestPki... cas) {
    StringBuilder pem = new StringBuilder();
    Base64.Encoder b64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
    try {
      for (TestPki ca : cas) {
        pem.append("-----BEGIN CERTIFICATE-----\n")
            .append(b64.encodeToString(ca.certificate().getEncoded()))
            .append("\n-----END CERTIFICATE-----\n");
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, pem);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
