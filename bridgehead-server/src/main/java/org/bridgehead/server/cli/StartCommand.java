package org.bridgehead.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.server.Bridgehead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code bridgehead start}: the node of {@code bridgehead run} in the background, with a pid file and a
 * log file in its data directory; returns once the node is up, or with the log's tail if it is not.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = "Start a node in the background (same options as run); pid and log in the data directory.")
public final class StartCommand implements Callable<Integer> {
  static final Duration READY = Duration.ofSeconds(90);
  static final String READY_LINE = "Bridgehead is running";

  @Mixin NodeOptions node;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try {
      node.resolve(new PrintWriter(PrintWriter.nullWriter())); // bad options fail here, in the foreground
    } catch (RuntimeException e) {
      err.println("bridgehead start: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    List<String> args = runArgs(spec.commandLine().getParseResult().originalArgs(), spec.name());
    return start(new ServiceFiles(node.dataDir), args, spec.commandLine().getOut(), err);
  }

  static int start(ServiceFiles files, List<String> runArgs, PrintWriter out, PrintWriter err) throws IOException,
      InterruptedException {
    var running = files.running();
    if (running.isPresent()) {
      err.println("bridgehead start: already running (pid " + running.get().pid() + ", " + files.pid() + ")");
      return 3;
    }
    Files.createDirectories(files.dataDir());
    Files.write(files.args(), runArgs, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(javaCommand());
    command.add("run");
    command.addAll(runArgs);
    long logStart = Files.exists(files.log()) ? Files.size(files.log()) : 0;
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    Files.writeString(files.pid(), Long.toString(p.pid()));
    long end = System.nanoTime() + READY.toNanos();
    while (System.nanoTime() < end) {
      if (!p.isAlive()) {
        Files.deleteIfExists(files.pid());
        err.println("bridgehead start: the node exited with " + p.exitValue() + "; the end of " + files.log() + ":");
        err.println(files.logTail(20));
        return ExitCodes.FAILURE;
      }
      if (newLogText(files.log(), logStart).contains(READY_LINE)) {
        out.println("Bridgehead started (pid " + p.pid() + "); log: " + files.log() + "; stop with `bridgehead stop`.");
        return ExitCodes.OK;
      }
      Thread.sleep(200);
    }
    err.println("bridgehead start: not up after " + READY.toSeconds() + " s (pid " + p.pid() + " still running); see "
        + files.log());
    return ExitCodes.FAILURE;
  }

  private static String newLogText(Path log, long from) throws IOException {
    byte[] all = Files.readAllBytes(log);
    return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
  }

  /** The arguments after the subcommand's name: what {@code run} gets. */
  static List<String> runArgs(List<String> original, String name) {
    int i = original.indexOf(name);
    return new ArrayList<>(original.subList(i + 1, original.size()));
  }

  /**
   * This same program with the node's JVM options ({@link NodeJvmOptions}): the jar when running from
   * one, else the class path (tests, IDE).
   */
  static List<String> javaCommand() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(NodeJvmOptions.forNode(System.getenv()));
    var source = Bridgehead.class.getProtectionDomain().getCodeSource();
    String location = source == null ? null : source.getLocation().getPath();
    if (location != null && location.endsWith(".jar")) {
      command.addAll(List.of("-jar", location));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bridgehead.class.getName()));
    }
    return command;
  }
}
