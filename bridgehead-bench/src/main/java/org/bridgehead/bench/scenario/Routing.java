package org.bridgehead.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.bridgehead.bench.load.LoadGenerator;
import org.bridgehead.bench.load.MessageLedger;
import org.bridgehead.bench.load.Probe;

/**
 * Scenario 1's two measurements over a set of streams: saturation (closed loop, at most {@code window}
 * messages in flight, msg/s delivered to the recipient) and latency at a fixed offered rate (sends
 * paced from a schedule; latency counted from the scheduled time, so a stall is not hidden).
 */
final class Routing {
  /** Messages a stream gets per flush at saturation (the fixed-rate runs flush every message). */
  static final int SATURATION_BATCH = 8;
  private static final long DRAIN_QUIET_NANOS = TimeUnit.SECONDS.toNanos(3);

  private final Streams streams;
  private final String recipient;
  private final AtomicReference<MessageLedger> current;

  Routing(Streams streams, String recipient, AtomicReference<MessageLedger> current) {
    this.streams = streams;
    this.recipient = recipient;
    this.current = current;
  }

  /**
   * Delivered msg/s over the last {@code seconds - 1} s of a closed-loop run (the first second warms up).
   * Each round gives every stream up to {@link #SATURATION_BATCH} messages with one flush, as a partner
   * server under load writes what has queued for a stream; the window still bounds what is in flight.
   */
  double saturation(int seconds, int window, MessageLedger ledger) {
    quiesce();
    current.set(ledger);
    long start = System.nanoTime();
    long warm = start + TimeUnit.SECONDS.toNanos(1);
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    long receivedAtWarm = -1;
    int n = streams.size();
    for (long now = start; now < end; now = System.nanoTime()) {
      if (receivedAtWarm < 0 && now >= warm) receivedAtWarm = ledger.received();
      long free = window - (ledger.sent() - ledger.received());
      if (free < n) {
        LockSupport.parkNanos(20_000);
        continue;
      }
      int perStream = (int) Math.min(SATURATION_BATCH, free / n);
      for (int k = 0; k < n; k++) {
        List<Probe> batch = new ArrayList<>(perStream);
        for (int j = 0; j < perStream; j++) batch.add(ledger.next(now));
        LoadGenerator.sendAll(streams.channels().get(k), from(k), recipient, batch);
      }
    }
    double rate = (ledger.received() - Math.max(0, receivedAtWarm)) / ((end - warm) / 1e9);
    drain(ledger);
    return rate;
  }

  /** Sends {@code rate} msg/s for {@code seconds}; returns the latency histogram (µs) after draining. */
  Histogram fixedRate(int rate, int seconds, MessageLedger ledger) {
    quiesce();
    current.set(ledger);
    ledger.takeLatency();
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) LockSupport.parkNanos(wait);
      send((int) i, ledger.next(due));
    }
    drain(ledger);
    return ledger.takeLatency();
  }

  /**
   * Collects the bench's own garbage before a measurement, so its young generation (sized by bench/run)
   * starts empty: the generator and the sink run in this JVM, and its pauses were the 20-35 ms tail of
   * the fixed-rate latency, whatever the server.
   */
  private static void quiesce() {
    System.gc();
  }

  private void send(int i, Probe probe) {
    int k = Math.floorMod(i, streams.size());
    LoadGenerator.send(streams.channels().get(k), from(k), recipient, "m" + probe.seq(), probe.body());
  }

  private String from(int stream) {
    return "load@" + streams.domains().get(stream);
  }

  /** Waits until everything sent arrived, or nothing arrived for a few seconds. */
  static void drain(MessageLedger ledger) {
    long last = ledger.received();
    long lastChange = System.nanoTime();
    while (ledger.received() < ledger.sent() && System.nanoTime() - lastChange < DRAIN_QUIET_NANOS) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      long now = ledger.received();
      if (now != last) {
        last = now;
        lastChange = System.nanoTime();
      }
    }
  }
}
