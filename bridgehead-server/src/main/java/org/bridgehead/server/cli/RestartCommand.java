package org.bridgehead.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgehead restart}: stop, then start again with the options it was started with. */
@Command(name = "restart", mixinStandardHelpOptions = true,
    description = "Stop the background node and start it again with the same options.")
public final class RestartCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "The node's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Graceful stop limit (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ServiceFiles files = new ServiceFiles(dataDir);
    if (!Files.isRegularFile(files.args())) {
      spec.commandLine().getErr().println("bridgehead restart: " + files.args() + " is missing: start the node with"
          + " `bridgehead start` first");
      return ExitCodes.BAD_INPUT;
    }
    StopCommand.stop(files, Duration.ofSeconds(timeoutSeconds), spec.commandLine().getOut());
    return StartCommand.start(files, files.savedArgs(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
