package org.bridgehead.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a background node keeps its pid, its console log and the options it was started with. */
record ServiceFiles(Path dataDir) {
  Path pid() { return dataDir.resolve("bridgehead.pid"); }

  Path log() { return dataDir.resolve("bridgehead.log"); }

  Path args() { return dataDir.resolve("bridgehead.args"); }

  /** The running node's process, if the pid file names a live one. */
  Optional<ProcessHandle> running() {
    try {
      if (!Files.isRegularFile(pid())) return Optional.empty();
      long id = Long.parseLong(Files.readString(pid()).strip());
      return ProcessHandle.of(id).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  List<String> savedArgs() throws IOException {
    return Files.readAllLines(args(), StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
  }

  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log at " + log() + ")";
    }
  }
}
