package org.bridgehead.certs.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret the private keys in the store are encrypted with. It lives in a file beside the store,
 * never in it, so a copy of the database alone does not give the keys away. Nodes of a pool sharing
 * PostgreSQL must share this file.
 */
public final class StoreSecret {
  /** Default place under the data directory. */
  public static Path defaultFile(Path dataDir) { return dataDir.resolve("secrets").resolve("certificate-key.secret"); }

  private final Path file;

  public StoreSecret(Path file) { this.file = file; }

  public Path file() { return file; }

  /** The secret, creating the file (0600, 256 random bits) on first use. */
  public char[] read() {
    try {
      if (!Files.exists(file)) create();
      String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (s.length() < 32) throw new IllegalStateException(file + " is too short to be a key secret (" + s.length() + " chars)");
      return s.toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the certificate key secret " + file, e);
    }
  }

  private void create() throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp" + ProcessHandle.current().pid());
    OwnerOnlyFiles.create(tmp);
    Files.writeString(tmp, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.US_ASCII);
    try {
      // no REPLACE_EXISTING: if another process created it meanwhile, its secret wins
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(tmp);
    }
  }
}
