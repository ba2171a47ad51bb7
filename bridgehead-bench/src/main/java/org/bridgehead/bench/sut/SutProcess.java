package org.bridgehead.bench.sut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server process under test: launched with its output in a console log, waited for (bounded) until it
 * listens, and stopped by PID — TERM, then KILL — with the rest of the tree it launched.
 */
final class SutProcess {
  /** Shell prefix: as many open files as allowed (10,000 streams need more than the usual 1,024). */
  static final String RAISE_FILE_LIMIT = "ulimit -n 65536 2>/dev/null || ulimit -n \"$(ulimit -Hn)\"; exec ";

  private final String name;
  private final Process process;
  private final Path consoleLog;
  private ProcessHandle server;

  private SutProcess(String name, Process process, Path consoleLog) {
    this.name = name;
    this.process = process;
    this.consoleLog = consoleLog;
    this.server = process.toHandle();
  }

  static SutProcess launch(String name, List<String> command, Path dir) {
    Path log = dir.resolve("console.log");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      return new SutProcess(name, p, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
  }

  /** Waits until {@code address} accepts TCP; the log tail is in the error when it does not. */
  void awaitListening(InetSocketAddress address, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(address, 250);
        return;
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(name + (process.isAlive() ? " not listening on " + address + " after " + timeout
              : " exited with " + process.exitValue()) + "\n" + logTail());
        }
        sleep(100);
      }
    }
  }

  /** Uses the PID in {@code pidfile} (the real server behind a wrapper) once it exists. */
  void serverFromPidFile(Path pidfile, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (Files.exists(pidfile)) {
          String pid = Files.readString(pidfile).trim();
          if (!pid.isEmpty()) {
            server = ProcessHandle.of(Long.parseLong(pid)).orElseThrow(() -> new IllegalStateException(name + ": pid " + pid + " not running"));
            return;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sleep(100);
    }
    throw new IllegalStateException(name + ": no pidfile " + pidfile + "\n" + logTail());
  }

  long pid() { return server.pid(); }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(consoleLog, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  void stop(Duration grace) {
    terminate(server, grace);
    process.descendants().forEach(p -> terminate(p, grace));
    terminate(process.toHandle(), grace);
  }

  private static void terminate(ProcessHandle p, Duration grace) {
    if (!p.isAlive()) return;
    p.destroy();
    try {
      p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      p.onExit().join();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
