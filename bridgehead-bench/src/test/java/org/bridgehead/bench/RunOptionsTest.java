package org.bridgehead.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunOptionsTest {
  @Test
  void scenariosDefaultToAllAndCanBeNarrowed() {
    assertThat(RunOptions.parse(new String[0]).scenarios()).containsExactlyInAnyOrder(1, 2, 3, 4);
    assertThat(RunOptions.parse(new String[] {"--scenarios", "2, 1"}).scenarios()).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void badScenarioListsAreNamed() {
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--scenarios", "1,5"}))
        .hasMessageContaining("--scenarios takes numbers 1 to 4");
    assertThatThrownBy(() -> RunOptions.parse(new String[] {"--scenarios"})).hasMessageContaining("needs a value");
  }

  @Test
  void bridgeheadRunsWithTheJvmOptionsItShipsWith() throws Exception {
    String unit = java.nio.file.Files.readString(java.nio.file.Path.of("..", "packaging", "bridgehead.service"));
    assertThat(unit).contains("ExecStart=/usr/bin/java " + RunOptions.BRIDGEHEAD_JAVA_OPTS + " -jar ");
    assertThat(RunOptions.parse(new String[0]).bridgeheadJavaOptions()).isEqualTo(RunOptions.BRIDGEHEAD_JAVA_OPTS);
  }
}
