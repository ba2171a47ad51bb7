package org.bridgehead.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits for a server to finish what an overload left behind before the next measurement. After the
 * one-core saturation, Bridgehead used 1.3 cores, then less, for about ten seconds (most likely the
 * retransmissions and timers of transactions whose 200 it dropped), and scenario 2's first step
 * measured that: p99 20 and 32 ms at 500 msg/s where 5,000 msg/s passed.
 */
final class Quiet {
  /** A server under this share of one core over a sample counts as idle. */
  static final double IDLE_CORES = 0.10;
  private static final long SAMPLE_MS = 1000;
  private static final long TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

  private Quiet() {}

  /** Returns how long it waited: until one sample is idle, or {@code max} has passed. */
  static Duration await(long pid, Duration max) {
    long start = System.nanoTime();
    long deadline = start + max.toNanos();
    long last = cpuTicks(pid);
    while (System.nanoTime() < deadline) {
      sleep(SAMPLE_MS);
      long now = cpuTicks(pid);
      double cores = (now - last) / (double) TICKS_PER_SECOND / (SAMPLE_MS / 1000.0);
      last = now;
      if (cores <= IDLE_CORES) break;
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** utime + stime of the process, all threads, from {@code /proc/PID/stat}. */
  static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // fields after the command name, which is in parentheses and may hold spaces
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CPU time of pid " + pid, e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the server to go quiet", e);
    }
  }
}
