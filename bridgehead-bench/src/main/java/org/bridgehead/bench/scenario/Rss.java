package org.bridgehead.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from {@code /proc/PID/status} (VmRSS, kB). */
final class Rss {
  private Rss() {}

  static long kilobytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
      throw new IllegalStateException("no VmRSS for pid " + pid);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the status of pid " + pid, e);
    }
  }

  /** RSS after the process had a moment to settle (allocation of just-accepted streams, GC). */
  static long settled(long pid) {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return kilobytes(pid);
  }
}
