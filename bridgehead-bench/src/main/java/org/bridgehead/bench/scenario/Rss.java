package org.bridgehead.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from {@code /proc/PID/status} (VmRSS, kB). */
final class Rss {
  /** Two samples this close (KiB), half a second apart, count as settled. */
  static final long STEADY_KIB = 512;
  /**
   * Idle means idle: a server may give memory back in its quiet time (a JVM returns heap a burst grew at
   * its next collection, which Bridgehead's heap trim asks for once the node has been quiet for 3 s; read
   * at 1.5 s, the figure at 1,000 streams swung from -6 to 93 KiB between runs).
   */
  static final long MIN_WAIT_MS = 8000;
  static final long MAX_WAIT_MS = 14000;
  private static final long SAMPLE_MS = 500;

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

  /**
   * RSS once the process has settled (just-accepted streams allocated, closed ones freed, a collection
   * run): at least {@link #MIN_WAIT_MS}, then until two samples half a second apart differ by less than
   * {@link #STEADY_KIB}, at most {@link #MAX_WAIT_MS}.
   */
  static long settled(long pid) {
    long deadline = System.currentTimeMillis() + MAX_WAIT_MS;
    sleep(MIN_WAIT_MS);
    long last = kilobytes(pid);
    while (System.currentTimeMillis() < deadline) {
      sleep(SAMPLE_MS);
      long now = kilobytes(pid);
      if (Math.abs(now - last) < STEADY_KIB) return now;
      last = now;
    }
    return last;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
