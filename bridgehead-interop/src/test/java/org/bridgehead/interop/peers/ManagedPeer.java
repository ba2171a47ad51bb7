package org.bridgehead.interop.peers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Lifecycle shared by the peers: one launched server process, waited for, stopped by PID. */
abstract class ManagedPeer implements XmppPeer {
  private final PeerSpec spec;
  private final Duration stopGrace;
  private PeerProcess process;
  private ProcessHandle pid;

  ManagedPeer(PeerSpec spec, Duration stopGrace) {
    this.spec = spec;
    this.stopGrace = stopGrace;
  }

  @Override
  public final PeerSpec spec() {
    return spec;
  }

  final Path consoleLog() {
    return spec.directory().resolve("console.log");
  }

  final void checkNotStarted() {
    if (process != null) {
      throw new IllegalStateException(spec.name() + " already started");
    }
  }

  /**
   * Launches {@code command} (output to {@link #consoleLog()}) and waits for the c2s and s2s ports; the
   * server's PID is then read from {@code pidfile}. On failure the process is stopped and the exception
   * carries the log tail.
   */
  final void launch(List<String> command, Path pidfile) {
    process = PeerProcess.launch(getClass().getSimpleName() + " " + spec.domain(), command, Map.of(),
        spec.directory(), consoleLog());
    try {
      process.awaitListening(spec.startTimeout(), () -> logTail(40), c2sAddress(), s2sAddress());
      pid = PeerFiles.pid(pidfile).orElse(process.handle());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Runs {@code after} once the server listens; stops the server if it fails. */
  final void afterStart(Runnable after) {
    try {
      after.run();
    } catch (RuntimeException e) {
      close();
      throw new IllegalStateException(e.getMessage() + "\n" + logTail(40), e);
    }
  }

  /** TERM to the server's PID, KILL after the grace period; then the rest of the launched tree. */
  @Override
  public final void close() {
    if (process != null) {
      process.stop(pid != null ? pid : process.handle(), stopGrace);
      process = null;
      pid = null;
    }
  }
}
