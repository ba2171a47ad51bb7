package org.bridgehead.bench;

import java.util.Arrays;

/**
 * Entry point of {@code bench.jar}: {@code micro [JMH options]} runs the JMH micro-benchmarks,
 * {@code run [options]} the side-by-side scenarios and the report (see {@code bench/run --help}).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println("usage: bench.jar micro [JMH options] | bench.jar run [--help]");
      return;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "micro" -> org.openjdk.jmh.Main.main(MicroDefaults.withDefaults(rest));
      case "run" -> System.exit(BenchRun.main(rest));
      default -> {
        System.err.println("unknown command '" + args[0] + "': expected micro or run");
        System.exit(2);
      }
    }
  }
}
