package org.bridgehead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MicroDefaultsTest {
  @Test
  void callerOptionsWinAndRepeatedValuesAreFine() {
    assertThat(MicroDefaults.withDefaults(new String[] {"-wi", "1", "-i", "1", "Translate"}))
        .containsExactly("-w", "2s", "-r", "2s", "-f", "1", "-wi", "1", "-i", "1", "Translate");
    assertThat(MicroDefaults.withDefaults(new String[0])).containsExactly("-wi", "2", "-i", "3", "-w", "2s", "-r", "2s", "-f", "1");
  }
}
