package org.bridgehead.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuietTest {

  @Test
  void countsThisProcessCpuTime() {
    long pid = ProcessHandle.current().pid();
    long before = Quiet.cpuTicks(pid);
    long end = System.nanoTime() + 300_000_000L;
    long spin = 0;
    while (System.nanoTime() < end) spin++;
    assertThat(spin).isPositive();
    assertThat(Quiet.cpuTicks(pid) - before).as("0.3 s of spinning, in 1/100 s ticks").isGreaterThanOrEqualTo(20);
  }

  @Test
  void anIdleProcessIsQuietAfterOneSampleAndABusyOneIsWaitedForUntilTheLimit() throws Exception {
    Process idle = new ProcessBuilder("sleep", "30").start();
    Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
    try {
      assertThat(Quiet.await(idle.pid(), Duration.ofSeconds(10))).isLessThan(Duration.ofSeconds(3));
      assertThat(Quiet.await(busy.pid(), Duration.ofSeconds(3))).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    } finally {
      idle.destroyForcibly().waitFor();
      busy.destroyForcibly().waitFor();
    }
  }
}
