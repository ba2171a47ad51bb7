package org.bridgehead.bench.micro;

import org.bridgehead.bench.scenario.Results;
import org.bridgehead.bench.scenario.Results.Figure;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Scenario 5 inside the full run: the JMH benchmarks of this package, their scores put into {@link Results}. */
public final class MicroRun {
  public static final String S5 = "5. Micro-benchmarks (JMH, Bridgehead only)";

  private MicroRun() {}

  public static void run(boolean quick, Results results, String server) throws RunnerException {
    int seconds = quick ? 1 : 2;
    var options = new OptionsBuilder().include(MicroRun.class.getPackageName() + "\\..*Benchmark")
        .warmupIterations(quick ? 1 : 2).measurementIterations(quick ? 1 : 3)
        .warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds)).forks(1).build();
    for (RunResult r : new Runner(options).run()) {
      String label = r.getParams().getBenchmark().replace(MicroRun.class.getPackageName() + ".", "");
      double score = r.getPrimaryResult().getScore();
      if (label.startsWith("DecodeBenchmark")) {
        int bytes = StreamSample.stream(Integer.parseInt(r.getParams().getParam("messages"))).length;
        results.put(new Figure(S5, "XML stream decoding (XmppStreamDecoder, " + StreamSample.READ_SIZE + "-byte reads)",
            "MB/s", true), server, score * bytes / 1e6);
      } else {
        results.put(new Figure(S5, label + params(r), "ops/s", true), server, score);
      }
    }
  }

  /** A parameterised benchmark's values, e.g. {@code " (stack=netty)"}: each is its own figure. */
  static String params(RunResult r) {
    var p = r.getParams();
    var names = p.getParamsKeys();
    if (names.isEmpty()) return "";
    StringBuilder b = new StringBuilder(" (");
    for (String name : names) b.append(b.length() > 2 ? ", " : "").append(name).append('=').append(p.getParam(name));
    return b.append(')').toString();
  }
}
