package org.bridgehead.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeJvmOptionsTest {
  @Test
  void recommendedUnlessTheEnvironmentSaysOtherwise() {
    assertThat(NodeJvmOptions.forNode(Map.of())).isEqualTo(NodeJvmOptions.RECOMMENDED);
    assertThat(NodeJvmOptions.forNode(Map.of(NodeJvmOptions.ENVIRONMENT, "  "))).isEqualTo(NodeJvmOptions.RECOMMENDED);
    assertThat(NodeJvmOptions.forNode(Map.of(NodeJvmOptions.ENVIRONMENT, " -Xmx2g  -XX:+UseG1GC ")))
        .containsExactly("-Xmx2g", "-XX:+UseG1GC");
  }

  @Test
  void startRunsTheNodeWithThem() {
    List<String> command = StartCommand.javaCommand();
    if (System.getenv(NodeJvmOptions.ENVIRONMENT) == null) {
      assertThat(command.subList(1, 1 + NodeJvmOptions.RECOMMENDED.size())).isEqualTo(NodeJvmOptions.RECOMMENDED);
    }
    assertThat(command).last().isEqualTo(org.bridgehead.server.Bridgehead.class.getName());
  }

  @Test
  void theSystemdUnitShipsTheSameOptions() throws Exception {
    String unit = Files.readString(Path.of("..", "packaging", "bridgehead.service"));
    String exec = unit.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
    assertThat(exec).startsWith("ExecStart=/usr/bin/java " + String.join(" ", NodeJvmOptions.RECOMMENDED) + " -jar ");
  }

  @Test
  void theLauncherRunsANodeWithTheSameOptions() throws Exception {
    String launcher = Files.readString(Path.of("..", "bridgehead"));
    assertThat(launcher).contains("node_opts=\"" + String.join(" ", NodeJvmOptions.RECOMMENDED) + "\"");
  }
}
