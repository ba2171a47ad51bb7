package org.bridgehead.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuSplitTest {

  @Test
  void readsLinuxCpuLists() {
    assertThat(CpuSplit.parseList("0-1\n")).containsExactly(0, 1);
    assertThat(CpuSplit.parseList("0,2-3,7")).containsExactly(0, 2, 3, 7);
    assertThat(CpuSplit.parseList("0")).containsExactly(0);
  }

  @Test
  void refusesABackwardRange() {
    assertThatThrownBy(() -> CpuSplit.parseList("3-1")).hasMessageContaining("bad CPU range '3-1'");
  }

  @Test
  void pinsAProcessTreeAndThisJvmApartThenGivesTheirCpusBack() throws Exception {
    List<Integer> online = CpuSplit.parseList(Files.readString(Path.of("/sys/devices/system/cpu/online")));
    long self = ProcessHandle.current().pid();
    Process parent = new ProcessBuilder("sh", "-c", "sleep 30 & wait").start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> parent.toHandle().children().findAny().isPresent());
      String parentBefore = CpuSplit.affinity(parent.pid());
      String selfBefore = CpuSplit.affinity(self);
      Optional<CpuSplit> split = CpuSplit.apply(parent.pid());
      if (online.size() < 2) {
        assertThat(split).isEmpty();
        return;
      }
      long child = parent.toHandle().children().findFirst().orElseThrow().pid();
      try (CpuSplit ignored = split.orElseThrow()) {
        String last = String.valueOf(online.get(online.size() - 1));
        assertThat(CpuSplit.affinity(parent.pid())).isEqualTo(last);
        assertThat(CpuSplit.affinity(child)).isEqualTo(last);
        assertThat(CpuSplit.affinity(self)).isEqualTo(String.valueOf(online.get(0)));
      }
      assertThat(CpuSplit.affinity(parent.pid())).isEqualTo(parentBefore);
      assertThat(CpuSplit.affinity(self)).isEqualTo(selfBefore);
    } finally {
      parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      parent.destroyForcibly().waitFor();
    }
  }
}
