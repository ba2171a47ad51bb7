package org.bridgehead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgehead.bench.load.GeneratorTls;
import org.bridgehead.bench.load.LoadGenerator;
import org.bridgehead.bench.load.MessageLedger;
import org.bridgehead.bench.micro.MicroRun;
import org.bridgehead.bench.report.Machine;
import org.bridgehead.bench.report.MarkdownReport;
import org.bridgehead.bench.scenario.Profile;
import org.bridgehead.bench.scenario.Results;
import org.bridgehead.bench.scenario.Scenarios;
import org.bridgehead.bench.sut.BenchNet;
import org.bridgehead.bench.sut.BridgeheadSut;
import org.bridgehead.bench.sut.EjabberdSut;
import org.bridgehead.bench.sut.HostsBlock;
import org.bridgehead.bench.sut.ProsodySut;
import org.bridgehead.bench.sut.Sut;
import org.bridgehead.testkit.pki.TestPki;

/**
 * {@code bench.jar run}: starts each server in turn, runs scenarios 3, 4, 1 (and 2 on Bridgehead) with
 * one load generator, then the micro-benchmarks, and writes the report.
 */
final class BenchRun {
  private BenchRun() {}

  static int main(String[] args) throws Exception {
    RunOptions o;
    try {
      o = RunOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench run: " + e.getMessage() + "\n" + RunOptions.USAGE);
      return 2;
    }
    if (o == null) {
      System.out.println(RunOptions.USAGE);
      return 0;
    }
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Profile profile = Profile.named(o.profile());
    if (o.idleLevels() != null) profile = profile.withIdleLevels(o.idleLevels());
    Results results = new Results();
    TestPki ca = TestPki.newCa("Bridgehead bench CA");
    List<String> genDomains = BenchNet.generatorDomains(profile.generatorDomains());
    // Prosody and ejabberd resolve through the system's hosts file; Bridgehead is given its own
    boolean peers = o.servers().stream().anyMatch(s -> !s.equals("bridgehead"));
    if (peers) {
      HostsBlock.write(Path.of("/etc/hosts"), Map.of(BenchNet.GENERATOR_IP, genDomains,
          BenchNet.PROSODY_IP, List.of(BenchNet.PROSODY_DOMAIN), BenchNet.EJABBERD_IP, List.of(BenchNet.EJABBERD_DOMAIN)));
    }
    Path work = Files.createDirectories(o.repo().resolve("bridgehead-bench/target/run"));
    AtomicReference<MessageLedger> current = new AtomicReference<>(new MessageLedger());
    Map<String, String> versions = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    try (LoadGenerator gen = new LoadGenerator(BenchNet.GENERATOR_IP, 2, GeneratorTls.client(), GeneratorTls.server(ca, genDomains))) {
      gen.listen(BenchNet.S2S_PORT, body -> current.get().received(body));
      for (String server : o.servers()) {
        Sut sut = create(server, o, work, ca, genDomains);
        names.add(sut.name());
        versions.put(sut.name(), sut.version());
        log("starting " + sut.name());
        try {
          sut.start();
          Scenarios.all(sut, profile, results, gen, current, work.resolve(server), BenchRun::log, o.scenarios());
        } catch (Exception e) {
          results.note(sut.name() + ": the run stopped early: " + e);
          log(sut.name() + " failed: " + e);
        } finally {
          sut.close();
        }
      }
    }
    if (o.micro()) {
      log("JMH micro-benchmarks");
      MicroRun.run(profile.quickMicro(), results, names.isEmpty() ? "Bridgehead" : names.get(0));
    }
    versions.put("Load generator", "bridgehead-bench (Netty " + io.netty.util.Version.identify().values().iterator().next().artifactVersion() + ")");
    versions.put("SIPp", "sip-tester " + debian("sip-tester"));
    long seconds = Instant.now().getEpochSecond() - started.getEpochSecond();
    var run = new MarkdownReport.Run(profile.name(), o.command(), Machine.current(), versions, started.toString(), seconds,
        Scenarios.setup(profile), findings(o.repo()));
    Files.writeString(o.out(), MarkdownReport.render(run, results, names));
    log("wrote " + o.out());
    return 0;
  }

  private static Sut create(String server, RunOptions o, Path work, TestPki ca, List<String> genDomains) {
    return switch (server) {
      case "bridgehead" -> new BridgeheadSut(o.repo().resolve("bridgehead-server/target/bridgehead.jar"), work.resolve(server),
          ca, genDomains, o.bridgeheadJavaOptions(), "0.1.0-SNAPSHOT, commit " + git(o.repo()));
      case "prosody" -> new ProsodySut(work.resolve(server), ca);
      case "ejabberd" -> new EjabberdSut(work.resolve(server), ca);
      default -> throw new IllegalArgumentException("unknown server " + server);
    };
  }

  /** The hand-written profiling notes kept beside the launcher, if any. */
  private static String findings(Path repo) throws java.io.IOException {
    Path notes = repo.resolve("bench/FINDINGS.md");
    return Files.exists(notes) ? Files.readString(notes) : null;
  }

  private static String git(Path repo) {
    return command(repo, "git", "rev-parse", "--short", "HEAD");
  }

  private static String debian(String pkg) {
    return command(Path.of("/tmp"), "dpkg-query", "-W", "-f=${Version}", pkg);
  }

  private static String command(Path dir, String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? out : "unknown";
    } catch (Exception e) {
      return "unknown";
    }
  }

  static void log(String line) {
    System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
  }
}
