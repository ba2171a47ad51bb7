package org.bridgehead.gateway.sip.stack.jain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Properties;
import org.bridgehead.gateway.sip.stack.SipTlsMaterial;

/**
 * JAIN-SIP RI's TLS transport reads its certificate and trust from key store files named in the stack
 * properties (its NIO transport, which could take key managers, stalls on handshakes in 1.3.0-91). So
 * each endpoint writes its own material to owner-only temporary files, deleted when it closes.
 */
final class TlsStoreFiles implements AutoCloseable {
  private final Path dir;

  private TlsStoreFiles(Path dir) { this.dir = dir; }

  static TlsStoreFiles write(SipTlsMaterial tls, Properties stack) {
    try {
      Path dir = Files.createTempDirectory("bridgehead-sip-tls",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      String password = new String(tls.password());
      store(tls.keyStore(), dir.resolve("keys.p12"), tls.password());
      store(tls.trustStore(), dir.resolve("trust.p12"), tls.password());
      stack.setProperty("javax.net.ssl.keyStore", dir.resolve("keys.p12").toString());
      stack.setProperty("javax.net.ssl.keyStorePassword", password);
      stack.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
      stack.setProperty("javax.net.ssl.trustStore", dir.resolve("trust.p12").toString());
      stack.setProperty("javax.net.ssl.trustStorePassword", password);
      stack.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
      return new TlsStoreFiles(dir);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot prepare the SIP TLS key stores: " + e.getMessage(), e);
    }
  }

  private static void store(KeyStore source, Path file, char[] password) throws IOException, GeneralSecurityException {
    KeyStore copy = KeyStore.getInstance("PKCS12");
    copy.load(null, null);
    for (String alias : java.util.Collections.list(source.aliases())) {
      if (source.isKeyEntry(alias)) {
        copy.setKeyEntry(alias, source.getKey(alias, password), password, source.getCertificateChain(alias));
      } else {
        copy.setCertificateEntry(alias, source.getCertificate(alias));
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      copy.store(out, password);
    }
  }

  @Override
  public void close() {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
