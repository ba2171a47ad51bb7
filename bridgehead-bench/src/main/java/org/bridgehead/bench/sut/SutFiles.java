package org.bridgehead.bench.sut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bridgehead.testkit.pki.TestPki;

/** Files of a server under test: a fresh directory, its TLS material, ownership, short commands. */
public final class SutFiles {
  private SutFiles() {}

  public static Path fresh(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
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

  /** The server's certificate for {@code domain} and the bench CA, as PEM files in {@code dir/tls}. */
  static Tls tls(TestPki ca, String domain, Path dir) {
    TestPki.PemFiles pem = ca.issueServer(domain).write(dir.resolve("tls"), "server");
    return new Tls(pem.certificateChain(), pem.privateKey(), ca.writeCertificate(dir.resolve("tls").resolve("ca.crt")));
  }

  record Tls(Path chain, Path key, Path ca) {}

  /** {@code chown -R user:user dir}: the servers drop to their own user. */
  static void chown(Path dir, String user) {
    var users = dir.getFileSystem().getUserPrincipalLookupService();
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

  /** Runs a short command, bounded; its output is returned, a failure throws with the output. */
  static String run(Path dir, List<String> command, long timeoutSeconds) {
    try {
      Path out = Files.createTempFile(dir, "cmd", ".out");
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!done) p.destroyForcibly().waitFor();
      String output = Files.readString(out, StandardCharsets.ISO_8859_1);
      Files.delete(out);
      if (!done || p.exitValue() != 0) {
        throw new IllegalStateException((done ? "exit " + p.exitValue() : "timeout") + ": " + String.join(" ", command) + "\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The installed Debian package's version, e.g. "0.12.3-1". */
  static String debianVersion(Path dir, String pkg) {
    try {
      return run(dir, List.of("dpkg-query", "-W", "-f=${Version}", pkg), 10).trim();
    } catch (IllegalStateException e) {
      return "unknown";
    }
  }

  static String q(Object value) {
    return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
