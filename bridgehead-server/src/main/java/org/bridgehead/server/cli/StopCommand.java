package org.bridgehead.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgehead stop}: asks the background node to stop (SIGTERM). It drains what its queues hold
 * (bounded), ends its streams with system-shutdown and tells SIP watchers; after {@code --timeout} it
 * is killed.
 */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the node started with `bridgehead start`.")
public final class StopCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "The node's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long a graceful stop may take before the process is killed (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return stop(new ServiceFiles(dataDir), Duration.ofSeconds(timeoutSeconds), spec.commandLine().getOut());
  }

  static int stop(ServiceFiles files, Duration timeout, PrintWriter out) throws Exception {
    var running = files.running();
    if (running.isEmpty()) {
      Files.deleteIfExists(files.pid());
      out.println("Bridgehead is not running (no live process in " + files.pid() + ").");
      return ExitCodes.OK;
    }
    ProcessHandle p = running.get();
    p.destroy();
    try {
      p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      out.println("Bridgehead stopped (pid " + p.pid() + ").");
    } catch (java.util.concurrent.TimeoutException e) {
      p.destroyForcibly();
      p.onExit().get(10, TimeUnit.SECONDS);
      out.println("Bridgehead did not stop within " + timeout.toSeconds() + " s and was killed (pid " + p.pid() + ").");
    }
    Files.deleteIfExists(files.pid());
    return ExitCodes.OK;
  }
}
