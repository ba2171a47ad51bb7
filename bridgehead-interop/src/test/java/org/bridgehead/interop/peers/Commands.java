package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short-lived administration commands (user registration), bounded in time, output appended to a log. */
final class Commands {
  private Commands() {}

  static void run(Duration timeout, Path workDir, Path log, List<String> command) {
    try {
      Path out = Files.createTempFile("peer-cmd", ".out");
      try {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
            .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
        boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
          PeerProcess.terminate(p.toHandle(), Duration.ofSeconds(2));
        }
        String output = Files.readString(out, StandardCharsets.ISO_8859_1);
        Files.writeString(log, "$ " + String.join(" ", command) + "\n" + output, StandardCharsets.ISO_8859_1,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!done || p.exitValue() != 0) {
          throw new IllegalStateException((done ? "exit " + p.exitValue() : "timeout after " + timeout) + ": "
              + String.join(" ", command) + "\n" + output);
        }
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
