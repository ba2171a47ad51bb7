package org.bridgehead.certs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bridgehead.certs.store.OwnerOnlyFiles;
import java.util.Optional;
import org.bridgehead.config.TlsSettings;

/**
 * The files an assigned certificate is served from: {@code <data-dir>/certs/<usage>/chain.pem} and
 * {@code key.pem} (0600). Each is replaced by an atomic rename, so a node reloading its TLS contexts
 * (e.g. {@code TlsContextProvider.reload}) never reads half a file.
 */
public final class AssignedCertificates {
  public static final String CHAIN = "chain.pem";
  public static final String KEY = "key.pem";

  private final Path certsDir;

  public AssignedCertificates(Path dataDir) { this.certsDir = dataDir.resolve("certs"); }

  public Path directory(Usage usage) { return certsDir.resolve(usage.directory()); }

  /** Writes the key first, then the chain: a reader that sees the new chain also sees its key. */
  public void install(Usage usage, String chainPem, String keyPem) {
    Path dir = directory(usage);
    try {
      Files.createDirectories(dir);
      replace(dir.resolve(KEY), keyPem, true);
      replace(dir.resolve(CHAIN), chainPem, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the certificate files under " + dir, e);
    }
  }

  /**
   * TLS settings serving {@code usage}'s assigned certificate, or empty when none is installed.
   *
   * @param trustAnchors the partners' trust anchors (null: the JDK's), unchanged by the assignment
   */
  public Optional<TlsSettings> tlsSettings(Usage usage, Path trustAnchors) {
    Path dir = directory(usage);
    if (!Files.isRegularFile(dir.resolve(CHAIN)) || !Files.isRegularFile(dir.resolve(KEY))) return Optional.empty();
    return Optional.of(new TlsSettings(dir.resolve(CHAIN), dir.resolve(KEY), trustAnchors));
  }

  public Optional<TlsSettings> tlsSettings(Usage usage) { return tlsSettings(usage, null); }

  private static void replace(Path target, String content, boolean secret) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp" + ProcessHandle.current().pid());
    Files.deleteIfExists(tmp);
    if (secret) OwnerOnlyFiles.create(tmp); else Files.createFile(tmp);
    Files.writeString(tmp, content, StandardCharsets.US_ASCII);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
