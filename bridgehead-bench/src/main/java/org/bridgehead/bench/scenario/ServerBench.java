package org.bridgehead.bench.scenario;

import io.netty.channel.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.bridgehead.bench.load.LoadGenerator;
import org.bridgehead.bench.load.MessageLedger;
import org.bridgehead.bench.scenario.Results.Figure;
import org.bridgehead.bench.sut.BenchNet;
import org.bridgehead.bench.sut.Sut;

/** Scenarios 3, 4 and 1 against one running server, in that order (idle memory on a fresh process first). */
final class ServerBench {
  static final String S1 = "1. Inbound S2S routing";
  static final String S3 = "3. Idle partner streams";
  static final String S4 = "4. Stream establishment";
  private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

  private final Sut sut;
  private final Profile profile;
  private final Results results;
  private final LoadGenerator gen;
  private final AtomicReference<MessageLedger> current;

  ServerBench(Sut sut, Profile profile, Results results, LoadGenerator gen, AtomicReference<MessageLedger> current) {
    this.sut = sut;
    this.profile = profile;
    this.results = results;
    this.gen = gen;
    this.current = current;
  }

  /**
   * Scenario 3: RSS growth per authenticated idle stream at each level, streams spread over the generator
   * domains. Counted from a warmed-up server ({@link Profile#idleWarmup} streams opened and closed first:
   * the first streams load code, compile it and grow pools on every server) and, for comparison, from
   * the cold process.
   */
  void idleStreams() throws InterruptedException {
    long cold = Rss.settled(sut.pid());
    results.put(new Figure(S3, "resident memory before any stream", "MiB", false), sut.name(), cold / 1024.0);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(profile.idleBudgetSeconds());
    long base = warmUp(deadline);
    List<Channel> open = new ArrayList<>();
    int requested = 0;
    for (int level : profile.idleLevels()) {
      LoadGenerator.Opened batch = gen.openMany(domains(requested, level - requested), sut.domain(), sut.s2sAddress(),
          profile.parallel(), HANDSHAKE_TIMEOUT, deadline);
      requested = level;
      open.addAll(batch.channels());
      failures("scenario 3 at " + level, batch);
      long rss = Rss.settled(sut.pid());
      results.put(new Figure(S3, "streams authenticated of " + level, "streams", true), sut.name(), open.size());
      if (!open.isEmpty()) {
        results.put(new Figure(S3, "memory per stream at " + level, "KiB", false), sut.name(), (rss - base) / (double) open.size());
        results.put(new Figure(S3, "memory per stream at " + level + ", from the cold process", "KiB", false), sut.name(),
            (rss - cold) / (double) open.size());
      }
      if (batch.notStarted() > 0) {
        results.note(sut.name() + ", scenario 3: the " + profile.idleBudgetSeconds() + " s budget ran out at "
            + open.size() + " of " + level + " streams (" + batch.notStarted() + " not attempted).");
        break;
      }
      if (open.size() < level / 2) break; // the server refuses streams: higher levels say nothing more
    }
    LoadGenerator.closeAll(open);
  }

  /** Opens and closes the warm-up streams; returns the settled RSS afterwards (KiB). */
  private long warmUp(long deadline) throws InterruptedException {
    if (profile.idleWarmup() == 0) return Rss.kilobytes(sut.pid());
    LoadGenerator.Opened warm = gen.openMany(domains(0, profile.idleWarmup()), sut.domain(), sut.s2sAddress(),
        profile.parallel(), HANDSHAKE_TIMEOUT, deadline);
    failures("scenario 3 warm-up", warm);
    LoadGenerator.closeAll(warm.channels());
    long base = Rss.settled(sut.pid());
    results.put(new Figure(S3, "resident memory after the warm-up (" + profile.idleWarmup() + " streams opened and closed)",
        "MiB", false), sut.name(), base / 1024.0);
    return base;
  }

  /** Scenario 4: one batch of TLS + dialback streams, {@code parallel} handshakes at a time. */
  void establishment() throws InterruptedException {
    LoadGenerator.Opened batch = gen.openMany(domains(0, profile.establish()), sut.domain(), sut.s2sAddress(),
        profile.parallel(), HANDSHAKE_TIMEOUT, Long.MAX_VALUE);
    failures("scenario 4", batch);
    results.put(new Figure(S4, "streams established per second (" + profile.establish() + " streams, "
        + profile.parallel() + " in parallel)", "streams/s", true), sut.name(), batch.perSecond());
    LoadGenerator.closeAll(batch.channels());
  }

  /** Scenario 1: saturation and fixed-rate latency to the local recipient. */
  void routing() throws Exception {
    Streams streams = Streams.open(gen, domains(0, profile.routingStreams()), sut.domain(), sut.s2sAddress());
    try (AutoCloseable recipient = sut.connectRecipient(gen.group(), body -> current.get().received(body))) {
      Routing routing = new Routing(streams, sut.recipient(), current);
      MessageLedger warmup = new MessageLedger();
      routing.fixedRate(profile.routingWarmupRate(), profile.routingWarmupSeconds(), warmup);
      results.check(S1 + ", warm-up", sut.name(), warmup.counts());
      MessageLedger saturation = new MessageLedger();
      double rate = routing.saturation(profile.saturationSeconds(), profile.window(), saturation);
      results.put(new Figure(S1, "saturation throughput, all CPUs shared (" + streams.size() + " streams)", "msg/s", true), sut.name(), rate);
      results.check(S1 + ", saturation", sut.name(), saturation.counts());
      MessageLedger fixed = new MessageLedger();
      Histogram h = routing.fixedRate(profile.fixedRate(), profile.fixedSeconds(), fixed);
      results.check(S1 + ", fixed rate", sut.name(), fixed.counts());
      String at = " at " + profile.fixedRate() + " msg/s";
      results.put(new Figure(S1, "p50 latency" + at, "ms", false), sut.name(), h.getValueAtPercentile(50) / 1000.0);
      results.put(new Figure(S1, "p99 latency" + at, "ms", false), sut.name(), h.getValueAtPercentile(99) / 1000.0);
      results.put(new Figure(S1, "p99.9 latency" + at, "ms", false), sut.name(), h.getValueAtPercentile(99.9) / 1000.0);
      // last: an overloaded single core may leave retransmissions behind, which must not reach the latency figures
      splitSaturation(routing, streams.size());
    } finally {
      current.set(new MessageLedger());
      streams.close();
    }
    if (gen.stanzasFromSut() > 0) {
      results.note(sut.name() + ": " + gen.stanzasFromSut() + " stanzas came back on the generator's streams (bounces or errors).");
    }
  }

  /** Scenario 1's saturation again with the server on one CPU and the bench on another ({@link CpuSplit}). */
  private void splitSaturation(Routing routing, int streams) {
    MessageLedger ledger = new MessageLedger();
    Optional<CpuSplit> split = CpuSplit.apply(sut.pid());
    if (split.isEmpty()) {
      results.note(sut.name() + ": one CPU, so no saturation figure with the server and the bench on CPUs of their own.");
      return;
    }
    double rate;
    try (CpuSplit ignored = split.get()) {
      rate = routing.saturation(profile.saturationSeconds(), profile.window(), ledger);
    }
    results.put(new Figure(S1, "saturation throughput, " + split.get().describe() + " (" + streams + " streams)", "msg/s", true),
        sut.name(), rate);
    results.check(S1 + ", saturation on split CPUs", sut.name(), ledger.counts());
    Duration waited = Quiet.await(sut.pid(), Duration.ofSeconds(45));
    if (waited.toSeconds() >= 3) {
      results.note(sut.name() + ": after the saturation on split CPUs the bench waited " + waited.toSeconds()
          + " s (at most 45) for it to fall under " + (int) (Quiet.IDLE_CORES * 100) + " % of a core before the next scenario.");
    }
  }

  /** {@code count} domains, round robin over the profile's generator domains from index {@code from}. */
  private List<String> domains(int from, int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(BenchNet.generatorDomain((from + i) % profile.generatorDomains()));
    return out;
  }

  private void failures(String where, LoadGenerator.Opened batch) {
    if (!batch.failures().isEmpty()) {
      results.note(sut.name() + ", " + where + ": " + batch.failures().size() + " streams failed, e.g. "
          + batch.failures().get(0));
    }
  }
}
