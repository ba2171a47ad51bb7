package org.bridgehead.server.jvm;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.ThreadMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back to the system the heap that a burst grew, once the node is quiet, and never while it works.
 *
 * <p>G1's periodic collection (JEP 346, {@code G1PeriodicGCInterval}) starts a concurrent cycle, whose
 * remark shrinks the heap, whenever no collection happened for the interval. That is also true of a node
 * routing a steady 1,000 msg/s with a large young generation: the shrink then brings remark and mixed
 * pauses of 6-14 ms, and a small heap that collects twice a second (benchmark scenario 1: p99.9 of 6-7 ms
 * against 2.4-2.6 ms without; bench/FINDINGS.md). And a fully idle node repeats the cycle every few
 * seconds for nothing. So the interval, a manageable flag, is set here only after a busy spell, once the
 * node has allocated less than {@link #QUIET_BYTES_PER_SECOND} for {@link #QUIET_SECONDS} seconds, and
 * cleared again when the heap has shrunk, after {@link #WINDOW_SECONDS}, or at the first busy second.
 *
 * <p>An operator who set {@code G1PeriodicGCInterval} keeps it: the trim then stays out of the way, as
 * it does under another collector.
 */
public final class HeapTrim {
  private static final Logger log = LoggerFactory.getLogger(HeapTrim.class);

  /** About 100 routed messages a second; an idle node with 10,000 streams allocates far less. */
  static final long QUIET_BYTES_PER_SECOND = 2L << 20;
  static final int QUIET_SECONDS = 3;
  /** A heap already as small as G1 keeps it does not shrink: a few periodic cycles, then no more. */
  static final int WINDOW_SECONDS = 10;
  /** The periodic interval while armed: a collection within about two seconds of arming. */
  static final long ARMED_INTERVAL_MILLIS = 1000;

  /** What the trim reads from and sets in the JVM. */
  interface Jvm {
    /** Bytes allocated by all threads since the JVM started. */
    long allocatedBytes();

    /** Heap committed now, in bytes. */
    long committedHeap();

    /** The heap's initial size ({@code -Xms}), below which G1 does not shrink it. */
    long initialHeap();

    /** Sets G1's periodic collection interval; 0 turns it off. */
    void periodicInterval(long millis);
  }

  private final Jvm jvm;
  private long lastAllocated;
  private boolean busySinceTrim = true; // start-up's own garbage is worth giving back
  private int quietSeconds;
  private int armedSeconds = -1; // -1: not armed
  private long committedWhenArmed;

  HeapTrim(Jvm jvm) {
    this.jvm = jvm;
    this.lastAllocated = jvm.allocatedBytes();
  }

  /**
   * Starts the trim for this process when it runs G1 and nobody set the periodic interval; one second
   * per look, on a daemon thread that ends with the process. Otherwise a log line says why not.
   */
  public static void start() {
    Optional<Jvm> jvm = platform();
    if (jvm.isEmpty()) return;
    HeapTrim trim = new HeapTrim(jvm.get());
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "bridgehead-heap-trim");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> {
      try {
        trim.second();
      } catch (RuntimeException e) {
        log.warn("heap trim check failed: {}", e.toString()); // the next second tries again
      }
    }, 1, 1, TimeUnit.SECONDS);
    log.info("heap trim on: G1's periodic collection once the node has allocated under {} KiB/s for {} s",
        QUIET_BYTES_PER_SECOND >> 10, QUIET_SECONDS);
  }

  /** This JVM, when it runs G1 and its periodic interval is still the default. */
  static Optional<Jvm> platform() {
    boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().startsWith("G1 "));
    if (!g1) {
      log.info("heap trim off: the JVM does not run G1");
      return Optional.empty();
    }
    HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    VMOption interval = hotspot.getVMOption("G1PeriodicGCInterval");
    if (interval.getOrigin() != VMOption.Origin.DEFAULT) {
      log.info("heap trim off: G1PeriodicGCInterval is set ({} ms, {})", interval.getValue(), interval.getOrigin());
      return Optional.empty();
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    return Optional.of(new Jvm() {
      @Override public long allocatedBytes() { return threads.getTotalThreadAllocatedBytes(); }

      @Override public long committedHeap() { return memory.getHeapMemoryUsage().getCommitted(); }

      @Override public long initialHeap() { return Math.max(0, memory.getHeapMemoryUsage().getInit()); }

      @Override public void periodicInterval(long millis) {
        hotspot.setVMOption("G1PeriodicGCInterval", Long.toString(millis));
      }
    });
  }

  /** One look, once a second. */
  void second() {
    long allocated = jvm.allocatedBytes();
    long rate = allocated - lastAllocated;
    lastAllocated = allocated;
    if (rate >= QUIET_BYTES_PER_SECOND) {
      quietSeconds = 0;
      busySinceTrim = true;
      if (armed()) disarm("the node is busy again", false);
      return;
    }
    quietSeconds++;
    if (armed()) {
      armedSeconds++;
      if (jvm.committedHeap() < committedWhenArmed) disarm("the heap shrank", true);
      else if (armedSeconds >= WINDOW_SECONDS) disarm("no shrink within " + WINDOW_SECONDS + " s", true);
    } else if (busySinceTrim && quietSeconds >= QUIET_SECONDS) {
      committedWhenArmed = jvm.committedHeap();
      if (committedWhenArmed <= jvm.initialHeap()) {
        busySinceTrim = false; // nothing to give back: a collection would only cost
        return;
      }
      armedSeconds = 0;
      jvm.periodicInterval(ARMED_INTERVAL_MILLIS);
      log.debug("heap trim armed at {} MiB committed", committedWhenArmed >> 20);
    }
  }

  boolean armed() { return armedSeconds >= 0; }

  /** @param done true when this quiet spell had its trim: the next waits for another busy one */
  private void disarm(String why, boolean done) {
    jvm.periodicInterval(0);
    armedSeconds = -1;
    if (done) busySinceTrim = false;
    log.debug("heap trim disarmed ({}): {} MiB committed", why, jvm.committedHeap() >> 20);
  }
}
