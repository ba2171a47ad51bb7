package org.bridgehead.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was made on, as the report states it. */
public record Machine(int cores, String memory, String kernel, String os, String jdk) {

  public static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(), memTotal(), read("/proc/sys/kernel/osrelease"),
        "Debian " + read("/etc/debian_version"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
  }

  private static String memTotal() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return String.format("%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file)).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
