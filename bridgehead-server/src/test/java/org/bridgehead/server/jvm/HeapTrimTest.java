package org.bridgehead.server.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapTrimTest {
  private static final long MIB = 1 << 20;

  /** A JVM whose allocation and committed heap the test moves, recording each interval set. */
  private static final class FakeJvm implements HeapTrim.Jvm {
    long allocated;
    long committed = 400 * MIB;
    final List<Long> intervals = new ArrayList<>();

    @Override public long allocatedBytes() { return allocated; }
    @Override public long committedHeap() { return committed; }
    @Override public long initialHeap() { return 32 * MIB; }
    @Override public void periodicInterval(long millis) { intervals.add(millis); }

    long current() { return intervals.isEmpty() ? 0 : intervals.get(intervals.size() - 1); }
  }

  private static void seconds(HeapTrim trim, FakeJvm jvm, int n, long bytesPerSecond) {
    for (int i = 0; i < n; i++) {
      jvm.allocated += bytesPerSecond;
      trim.second();
    }
  }

  /** A trim that saw a 2 s burst and then {@link HeapTrim#QUIET_SECONDS} quiet ones: armed. */
  private static HeapTrim armedAfterABurst(FakeJvm jvm) {
    HeapTrim trim = new HeapTrim(jvm);
    seconds(trim, jvm, 2, 50 * MIB);
    seconds(trim, jvm, HeapTrim.QUIET_SECONDS, 0);
    assertThat(trim.armed()).isTrue();
    return trim;
  }

  @Test
  void armsOnceQuietAfterABurstAndDisarmsWhenTheHeapShrinks() {
    FakeJvm jvm = new FakeJvm();
    HeapTrim trim = new HeapTrim(jvm);
    seconds(trim, jvm, 5, 50 * MIB); // a burst of handshakes
    assertThat(jvm.intervals).isEmpty();
    seconds(trim, jvm, HeapTrim.QUIET_SECONDS - 1, 100_000);
    assertThat(trim.armed()).isFalse();
    seconds(trim, jvm, 1, 100_000);
    assertThat(trim.armed()).isTrue();
    assertThat(jvm.current()).isEqualTo(HeapTrim.ARMED_INTERVAL_MILLIS);

    jvm.committed = 60 * MIB; // the periodic collection's remark shrank the heap
    seconds(trim, jvm, 1, 100_000);
    assertThat(trim.armed()).isFalse();
    assertThat(jvm.intervals).containsExactly(HeapTrim.ARMED_INTERVAL_MILLIS, 0L);

    // idle from then on: no more periodic cycles, however long it lasts
    seconds(trim, jvm, 600, 100_000);
    assertThat(jvm.intervals).containsExactly(HeapTrim.ARMED_INTERVAL_MILLIS, 0L);
  }

  @Test
  void neverArmsWhileTheNodeWorks() {
    FakeJvm jvm = new FakeJvm();
    HeapTrim trim = new HeapTrim(jvm);
    // 1,000 msg/s allocates ~15-23 MiB/s (GC logs): G1's own periodic collection fired at that rate
    seconds(trim, jvm, 300, 16 * MIB);
    assertThat(jvm.intervals).isEmpty();
    // just under the threshold counts as quiet
    seconds(trim, jvm, HeapTrim.QUIET_SECONDS, HeapTrim.QUIET_BYTES_PER_SECOND - 1);
    assertThat(trim.armed()).isTrue();
  }

  @Test
  void aBusySecondDisarmsAtOnceAndTheNextQuietSpellTrims() {
    FakeJvm jvm = new FakeJvm();
    HeapTrim trim = armedAfterABurst(jvm);
    seconds(trim, jvm, 1, 20 * MIB); // traffic resumes before any collection
    assertThat(trim.armed()).isFalse();
    assertThat(jvm.current()).isZero();
    seconds(trim, jvm, HeapTrim.QUIET_SECONDS, 0);
    assertThat(trim.armed()).as("the burst still has its trim owed").isTrue();
  }

  @Test
  void givesUpAfterTheWindowWhenTheHeapDoesNotShrink() {
    FakeJvm jvm = new FakeJvm();
    HeapTrim trim = armedAfterABurst(jvm);
    seconds(trim, jvm, HeapTrim.WINDOW_SECONDS - 1, 0);
    assertThat(trim.armed()).isTrue();
    seconds(trim, jvm, 1, 0);
    assertThat(trim.armed()).isFalse();
    seconds(trim, jvm, 120, 0);
    assertThat(jvm.intervals).containsExactly(HeapTrim.ARMED_INTERVAL_MILLIS, 0L);
  }

  @Test
  void leavesAHeapAtItsInitialSizeAlone() {
    FakeJvm jvm = new FakeJvm();
    jvm.committed = 32 * MIB; // -Xms: G1 shrinks no further
    HeapTrim trim = new HeapTrim(jvm);
    seconds(trim, jvm, 2, 50 * MIB);
    seconds(trim, jvm, 60, 0);
    assertThat(jvm.intervals).isEmpty();
    jvm.committed = 90 * MIB; // the next burst grew it
    seconds(trim, jvm, 2, 50 * MIB);
    seconds(trim, jvm, HeapTrim.QUIET_SECONDS, 0);
    assertThat(trim.armed()).isTrue();
  }

  @Test
  void startUpCountsAsABurst() {
    FakeJvm jvm = new FakeJvm();
    HeapTrim trim = new HeapTrim(jvm);
    seconds(trim, jvm, HeapTrim.QUIET_SECONDS, 0);
    assertThat(trim.armed()).isTrue();
  }

  @Test
  void drivesThisJvmsPeriodicIntervalWhenItRunsG1() {
    boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().startsWith("G1 "));
    assumeTrue(g1, "the test JVM runs G1 (the default on this machine)");
    var jvm = HeapTrim.platform();
    assertThat(jvm).as("G1, and nobody set the interval").isPresent();
    HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    long before = jvm.get().allocatedBytes();
    byte[][] garbage = new byte[64][];
    for (int i = 0; i < garbage.length; i++) garbage[i] = new byte[16 * 1024];
    assertThat(jvm.get().allocatedBytes()).isGreaterThanOrEqualTo(before + 64 * 16 * 1024);
    assertThat(jvm.get().committedHeap()).isPositive();
    assertThat(jvm.get().initialHeap()).isPositive();
    try {
      jvm.get().periodicInterval(HeapTrim.ARMED_INTERVAL_MILLIS);
      assertThat(hotspot.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("1000");
    } finally {
      jvm.get().periodicInterval(0);
    }
    assertThat(hotspot.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("0");
  }
}
