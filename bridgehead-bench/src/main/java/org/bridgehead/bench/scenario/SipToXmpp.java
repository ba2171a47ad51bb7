package org.bridgehead.bench.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgehead.bench.load.MessageLedger;
import org.bridgehead.bench.scenario.Results.Figure;
import org.bridgehead.bench.sut.BenchNet;
import org.bridgehead.bench.sut.BridgeheadSut;

/**
 * Scenario 2 (Bridgehead only: the other servers have no SIP side): SIPp sends MESSAGE at stepped rates
 * to users of the generator's domains; the generator's authoritative listener receives the chat messages
 * and counts them. Reported: each step's p99 and errors, and the highest rate with p99 under 20 ms,
 * zero SIP errors and zero lost or duplicated messages.
 */
final class SipToXmpp {
  static final String S2 = "2. SIP → XMPP";
  private static final double P99_TARGET_MS = 20.0;
  /** Past this p99 a higher rate tells nothing more. */
  private static final double OVERWHELMED_MS = 1000.0;

  private SipToXmpp() {}

  static void run(BridgeheadSut sut, Profile profile, Results results, AtomicReference<MessageLedger> current, Path dir)
      throws Exception {
    if (!SippRun.available()) {
      results.note("Scenario 2 skipped: SIPp (/usr/bin/sipp, Debian sip-tester) is not installed.");
      return;
    }
    List<String> users = new ArrayList<>();
    for (int i = 0; i < Math.min(50, profile.generatorDomains()); i++) users.add("user" + i + ";" + BenchNet.generatorDomain(i));
    SippRun sipp = new SippRun(dir, BenchNet.SIP_NEXT_HOP_IP, BenchNet.SIPP_UAC_PORT);
    // Warm-up, not reported: one message per user sets up the S2S stream of every domain pair.
    current.set(new MessageLedger());
    sipp.run("warm-up", sut.sipAddress(), sut.recipient(), users, users.size(), 1);
    // ...then one step at the first rate, so the JIT has compiled the path before anything is measured
    int first = profile.sipRates().get(0);
    MessageLedger warm = new MessageLedger();
    warm.sentExternally(1, (long) first * profile.stepSeconds());
    current.set(warm);
    sipp.run("warm-up-" + first, sut.sipAddress(), sut.recipient(), users, first, profile.stepSeconds());
    Routing.drain(warm); // no late warm-up message counts in the first measured step
    int best = 0;
    int lastPassed = 0;
    for (int rate : profile.sipRates()) {
      MessageLedger ledger = new MessageLedger();
      ledger.sentExternally(1, (long) rate * profile.stepSeconds()); // SIPp numbers its calls from 1
      current.set(ledger);
      SippRun.Step step = sipp.run("rate-" + rate, sut.sipAddress(), sut.recipient(), users, rate, profile.stepSeconds());
      Routing.drain(ledger);
      MessageLedger.Counts counts = ledger.counts();
      results.check(S2 + " at " + rate + " msg/s", sut.name(), counts);
      double p99 = step.percentile(99);
      results.put(new Figure(S2, "p99 response time at " + rate + " msg/s", "ms", false), sut.name(), p99);
      results.put(new Figure(S2, "SIP errors or timeouts at " + rate + " msg/s", "calls", false), sut.name(), step.failed());
      boolean pass = step.failed() == 0 && p99 < P99_TARGET_MS && counts.lost() == 0 && counts.duplicates() == 0;
      if (pass && best == lastPassed) best = rate; // only an unbroken run of passing steps counts
      lastPassed = pass ? rate : -1;
      // a failed step still shows what the next rate costs, unless the system is already overwhelmed
      if (step.failed() > 0 || counts.lost() > 0 || p99 > OVERWHELMED_MS) break;
    }
    results.put(new Figure(S2, "highest rate with p99 < 20 ms and no errors", "msg/s", true), sut.name(), best);
    current.set(new MessageLedger());
  }
}
