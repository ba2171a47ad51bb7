package org.bridgehead.certs.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only their owner may read (0600 from creation, never a moment wider), for secrets and keys. */
public final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  /** Creates {@code file} empty; 0600 where the file system has POSIX permissions. */
  public static Path create(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.createFile(file);
  }
}
