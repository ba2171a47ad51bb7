package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Process control for a peer: launches it with output to a console log, waits (bounded) for its ports,
 * stops it by PID with TERM and then KILL. The PID to signal may differ from the launched process
 * (ejabberd runs behind ejabberdctl and su): see {@link #stop(ProcessHandle, Duration)}.
 */
final class PeerProcess {
  private static final Duration CONNECT_ATTEMPT = Duration.ofMillis(250);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

  private final String name;
  private final Process process;

  private PeerProcess(String name, Process process) {
    this.name = name;
    this.process = process;
  }

  static PeerProcess launch(String name, List<String> command, Map<String, String> env, Path workDir, Path consoleLog) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(consoleLog.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().putAll(env);
    try {
      return new PeerProcess(name, pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits until every address accepts a TCP connection; fails early when the process exits, and
   * after {@code timeout} with {@code diagnostics} (the peer's log tail) in the message.
   */
  void awaitListening(Duration timeout, Supplier<String> diagnostics, InetSocketAddress... addresses) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (InetSocketAddress address : addresses) {
      while (!accepts(address)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited with " + process.exitValue() + " before listening on "
              + address + "\n" + diagnostics.get());
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(name + " not listening on " + address + " after " + timeout + "\n"
              + diagnostics.get());
        }
        waitForExit(RETRY_PAUSE); // a pause between attempts that ends early if the process dies
      }
    }
  }

  private static boolean accepts(InetSocketAddress address) {
    try (Socket s = new Socket()) {
      s.connect(address, (int) CONNECT_ATTEMPT.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void waitForExit(Duration d) {
    try {
      process.onExit().get(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException expected) {
      // still running
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** TERM to {@code target}, KILL after {@code grace}; then the same for the launched process tree. */
  void stop(ProcessHandle target, Duration grace) {
    terminate(target, grace);
    process.descendants().forEach(p -> terminate(p, grace));
    terminate(process.toHandle(), grace);
  }

  static void terminate(ProcessHandle p, Duration grace) {
    if (!p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      p.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.destroyForcibly();
      p.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
