package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A peer's working directory: fresh per start, owned by the server's system user, kept after stop. */
final class PeerFiles {
  private PeerFiles() {}

  /** Empties (or creates) {@code dir}. */
  static Path fresh(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the TLS files into {@code dir/tls} so that the server user can read them. */
  static PeerTls copyTls(PeerTls tls, Path dir) {
    if (tls == null) {
      return null;
    }
    Path tlsDir = dir.resolve("tls");
    try {
      Files.createDirectories(tlsDir);
      return new PeerTls(
          Files.copy(tls.certificateChain(), tlsDir.resolve("chain.crt"), StandardCopyOption.REPLACE_EXISTING),
          Files.copy(tls.privateKey(), tlsDir.resolve("key.pem"), StandardCopyOption.REPLACE_EXISTING),
          Files.copy(tls.caBundle(), tlsDir.resolve("ca-bundle.crt"), StandardCopyOption.REPLACE_EXISTING));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code chown -R user:user dir}. */
  static void chown(Path dir, String user) {
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    try (Stream<Path> all = Files.walk(dir)) {
      var owner = users.lookupPrincipalByName(user);
      var group = users.lookupPrincipalByGroupName(user);
      for (Path p : all.toList()) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(owner);
        view.setGroup(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot chown " + dir + " to " + user, e);
    }
  }

  /** The process named by a pidfile, if the file exists and the process runs. */
  static Optional<ProcessHandle> pid(Path pidfile) {
    try {
      return Files.exists(pidfile) ? ProcessHandle.of(Long.parseLong(Files.readString(pidfile).trim())) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The last {@code lines} lines of each existing file, each under a header. */
  static String tail(int lines, Path... files) {
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      if (!Files.exists(f)) {
        continue;
      }
      try {
        List<String> all = new ArrayList<>(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        sb.append("---- ").append(f).append(" (last ").append(Math.min(lines, all.size())).append(" lines)\n");
        all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> sb.append(l).append('\n'));
      } catch (IOException e) {
        sb.append("---- ").append(f).append(": ").append(e).append('\n');
      }
    }
    return sb.toString();
  }
}
