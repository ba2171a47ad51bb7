package org.bridgehead.bench.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.bridgehead.bench.load.LoadGenerator;
import org.bridgehead.bench.load.MessageLedger;
import org.bridgehead.bench.sut.BenchNet;
import org.bridgehead.bench.sut.BridgeheadSut;
import org.bridgehead.bench.sut.Sut;

/** The scenario sequence for one started server, and how the report describes the set-up. */
public final class Scenarios {
  private Scenarios() {}

  public static void all(Sut sut, Profile profile, Results results, LoadGenerator gen,
      AtomicReference<MessageLedger> current, Path dir, Consumer<String> log, Set<Integer> which) throws Exception {
    ServerBench bench = new ServerBench(sut, profile, results, gen, current);
    if (which.contains(3)) {
      log.accept(sut.name() + ": scenario 3, idle streams " + profile.idleLevels());
      bench.idleStreams();
    }
    if (which.contains(4)) {
      log.accept(sut.name() + ": scenario 4, establishment");
      bench.establishment();
    }
    if (which.contains(1)) {
      log.accept(sut.name() + ": scenario 1, routing");
      bench.routing();
    }
    if (which.contains(2) && sut instanceof BridgeheadSut bh) {
      log.accept(sut.name() + ": scenario 2, SIP -> XMPP " + profile.sipRates());
      SipToXmpp.run(bh, profile, results, current, dir.resolve("sipp"));
    }
  }

  public static List<String> setup(Profile p) {
    return List.of(
        "Each server runs as its own process on its own loopback address (Bridgehead " + BenchNet.BRIDGEHEAD_IP + " from `bridgehead-server/target/bridgehead.jar run --config`, Prosody " + BenchNet.PROSODY_IP + ", ejabberd " + BenchNet.EJABBERD_IP + "); the load generator (one JVM, 2 Netty event-loop threads; `bench/run` gives it `-Xmx2g -Xmn1g` so its own collections stay out of the latency windows, and it collects before each scenario 1 measurement) speaks for " + p.generatorDomains() + " generator domains `gN.benchgen.test` from " + BenchNet.GENERATOR_IP + ", where it is also their authoritative server on port 5269.",
        "Every S2S stream is real: TCP, STARTTLS (TLS 1.3/1.2), then Server Dialback (XEP-0220): the server calls the generator back on 5269 to verify the key. The generator accepts the servers' own dialback requests without calling back (it trusts the system under test).",
        "Scenario 3: streams opened in batches (" + p.parallel() + " handshakes at a time) up to each level, within a budget of " + p.idleBudgetSeconds() + " s per server (a level not reached in time is named in the notes), spread over the generator domains (several streams per domain pair); first " + p.idleWarmup() + " streams are opened and closed (the first streams load code, compile it and grow pools on every server); memory per stream = (VmRSS after the level − VmRSS after that warm-up) ÷ streams authenticated, and the same counted from the cold process (VmRSS before any stream); VmRSS from /proc/PID/status once settled (at least " + Rss.MIN_WAIT_MS / 1000 + " s after the level, so that a server can give back in its quiet time what the handshakes grew, then until two samples 0.5 s apart differ by less than " + Rss.STEADY_KIB + " KiB, at most " + Rss.MAX_WAIT_MS / 1000 + " s). Bridgehead's JVM runs with the options named beside its version (by default the ones it ships with): its RSS includes heap the JVM has not returned.",
        "Scenario 4: " + p.establish() + " streams opened from scratch, " + p.parallel() + " in parallel; streams/s = authenticated ÷ wall time of the batch.",
        "Scenario 1: " + p.routingStreams() + " streams, chat messages to `rcpt@<server domain>`. On Prosody and ejabberd the recipient is a c2s client logged in on the server; on Bridgehead it is a stored SIP user (XMPP access on) reached through the gateway in proxy mode: SIP MESSAGE over UDP to the `--sip-proxy` next hop (" + BenchNet.SIP_NEXT_HOP_IP + ":5060), the bench's own SIP sink (one socket read by its own thread), which answers 200 and hands the body to the same counter. First " + p.routingWarmupSeconds() + " s at " + p.routingWarmupRate() + " msg/s, not reported, so the JIT compilers of Bridgehead's JVM and of the bench's own are done before anything is measured (its messages are still counted for loss). Saturation: closed loop with at most " + p.window() + " messages in flight for " + p.saturationSeconds() + " s (first second not counted); each round gives every stream up to " + Routing.SATURATION_BATCH + " messages and one flush, as a partner server under load writes what has queued for a stream. It is measured twice: with all CPUs shared by the server and the bench (the generator, the recipient and the SIP sink run in the bench's JVM, so a server that spends less per message also leaves more to the harness), then, after the latency run below, with the machine split by `taskset` (every thread of the server's process tree on one CPU, every thread of the bench's JVM on the other), where each server gets the same one core and the figure is its own. Latency: " + p.fixedRate() + " msg/s for " + p.fixedSeconds() + " s, from the scheduled send time to arrival at the recipient (HdrHistogram).",
        "Scenario 2 (Bridgehead only): SIPp sends MESSAGE from the trusted next-hop address (" + BenchNet.SIP_NEXT_HOP_IP + ":5070, no digest) to users of the generator domains, " + p.stepSeconds() + " s per step at " + p.sipRates() + " msg/s after an unreported warm-up (one message per user, then one step at the first rate); the response time is SIPp's (MESSAGE to 200, which Bridgehead sends once the stanza is written to the S2S stream); the generator counts the messages that arrive.",
        "Scenario 5: JMH, one fork" + (p.quickMicro() ? ", 1 × 1 s warm-up and 1 × 1 s measurement (smoke)" : ", 2 × 2 s warm-up, 3 × 2 s measurement") + "; decoding MB/s = operations/s × bytes of the sample stream.");
  }
}
