package org.bridgehead.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One measurement with the machine split in two (taskset): every thread of the server's process tree on
 * the last online CPU, every thread of the bench's JVM (generator, sinks, recipient) on the first. Shared
 * cores measure the server and the harness together, and a server that spends less per message also
 * leaves more to the harness; split, each server gets the same one core and the figure is its own.
 * Closing gives every process the CPUs it had before.
 */
final class CpuSplit implements AutoCloseable {
  private final Map<Long, String> before = new LinkedHashMap<>();
  private final int serverCpu;
  private final int benchCpu;

  private CpuSplit(int serverCpu, int benchCpu) {
    this.serverCpu = serverCpu;
    this.benchCpu = benchCpu;
  }

  /** Splits the CPUs between {@code serverPid}'s tree and this JVM; empty on a machine with one CPU. */
  static Optional<CpuSplit> apply(long serverPid) {
    List<Integer> cpus = parseList(online());
    if (cpus.size() < 2) return Optional.empty();
    List<Long> server = new ArrayList<>();
    server.add(serverPid);
    ProcessHandle.of(serverPid).ifPresent(h -> h.descendants().forEach(d -> server.add(d.pid())));
    long bench = ProcessHandle.current().pid();
    CpuSplit split = new CpuSplit(cpus.get(cpus.size() - 1), cpus.get(0));
    try {
      for (long pid : server) split.pin(pid, split.serverCpu);
      split.pin(bench, split.benchCpu);
    } catch (RuntimeException e) {
      split.close();
      throw e;
    }
    return Optional.of(split);
  }

  /** The CPUs given to the server and to the bench, for the report. */
  String describe() {
    return "server on CPU " + serverCpu + ", bench on CPU " + benchCpu;
  }

  private void pin(long pid, int cpu) {
    before.put(pid, affinity(pid));
    taskset(String.valueOf(cpu), pid);
  }

  @Override
  public void close() {
    before.forEach((pid, cpus) -> {
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) taskset(cpus, pid);
    });
  }

  /** The CPU list of {@code pid}'s main thread, e.g. {@code 0,1} or {@code 0-3}. */
  static String affinity(long pid) {
    String out = run("taskset", "-c", "-p", String.valueOf(pid));
    return out.substring(out.lastIndexOf(':') + 1).trim();
  }

  /** CPU numbers of a Linux CPU list such as {@code 0-1} or {@code 0,2-3}. */
  static List<Integer> parseList(String list) {
    List<Integer> out = new ArrayList<>();
    for (String part : list.trim().split(",")) {
      if (part.isEmpty()) continue;
      int dash = part.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
      if (to < from) throw new IllegalArgumentException("bad CPU range '" + part + "' in '" + list + "'");
      for (int c = from; c <= to; c++) out.add(c);
    }
    return out;
  }

  private static String online() {
    try {
      return Files.readString(Path.of("/sys/devices/system/cpu/online"), StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the online CPUs", e);
    }
  }

  /**
   * Every thread of {@code pid} onto {@code cpus}; new threads inherit from the thread that starts them.
   * Tried three times: taskset fails when a thread ends between its listing and its turn.
   */
  private static void taskset(String cpus, long pid) {
    IllegalStateException failed = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        run("taskset", "-a", "-p", "-c", cpus, String.valueOf(pid));
        return;
      } catch (IllegalStateException e) {
        failed = e;
      }
    }
    throw failed;
  }

  /** Runs a command to its end; its output, or an error naming the command and what it printed. */
  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out.trim());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run taskset", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running taskset", e);
    }
  }
}
