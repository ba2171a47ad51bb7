package org.bridgehead.bench;

import java.nio.file.Path;
import java.util.List;

/** The options of {@code bench.jar run}. */
record RunOptions(String profile, Path repo, String command, List<String> servers, Path out, boolean micro,
    String bridgeheadJavaOptions, List<Integer> idleLevels, java.util.Set<Integer> scenarios) {
  static final List<String> SERVERS = List.of("bridgehead", "prosody", "ejabberd");
  /** Bridgehead's own JVM options (NodeJvmOptions.RECOMMENDED, packaging/bridgehead.service): measure what ships. */
  static final String BRIDGEHEAD_JAVA_OPTS = "-XX:+UseG1GC -Xms32m -Xmx1g -XX:MinHeapFreeRatio=10"
      + " -XX:MaxHeapFreeRatio=25 -XX:G1HeapRegionSize=1m -Dio.netty.allocator.maxOrder=7 -Djdk.tls.server.enableSessionTicketExtension=false";
  static final String USAGE = """
      usage: bench.jar run [--profile full|smoke] [--repo DIR] [--servers bridgehead,prosody,ejabberd]
                           [--out FILE] [--no-micro] [--bridgehead-java-opts "OPTS"] [--command TEXT]
                           [--scenarios 1,2,3,4] [--idle N,N...]
        --profile   full: the figures (~13 min); smoke: seconds per scenario (default: smoke)
        --repo      the Bridgehead checkout (bridgehead-server/target/bridgehead.jar, work files; default: .)
        --servers   which servers, Bridgehead first (the ratio column compares it with the others)
        --out       the report (default: REPO/docs/benchmarks.md)
        --no-micro  skip the JMH micro-benchmarks
        --bridgehead-java-opts  JVM options of the Bridgehead process (default: the node's own,
                                as `bridgehead start` and the systemd unit use them)
        --idle      scenario 3's stream counts instead of the profile's, e.g. 1000,5000
        --scenarios which of scenarios 1-4 to run (default: all; 5 is --no-micro's opposite)
        -Dbench.net=127.0.7 (JVM option) another loopback /24 than 127.0.6, for two runs side by side
        --command   the command line quoted in the report""";

  /** The options, or null when help was asked for. */
  static RunOptions parse(String[] args) {
    String profile = "smoke";
    Path repo = Path.of(".");
    String command = null;
    List<String> servers = SERVERS;
    Path out = null;
    boolean micro = true;
    String javaOpts = BRIDGEHEAD_JAVA_OPTS;
    List<Integer> idle = null;
    java.util.Set<Integer> scenarios = java.util.Set.of(1, 2, 3, 4);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> { return null; }
        case "--no-micro" -> micro = false;
        case "--profile" -> profile = value(args, ++i, a);
        case "--repo" -> repo = Path.of(value(args, ++i, a));
        case "--command" -> command = value(args, ++i, a);
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--bridgehead-java-opts" -> javaOpts = value(args, ++i, a);
        case "--idle" -> idle = levels(value(args, ++i, a));
        case "--scenarios" -> scenarios = scenarios(value(args, ++i, a));
        case "--servers" -> {
          servers = List.of(value(args, ++i, a).split(","));
          for (String s : servers) {
            if (!SERVERS.contains(s)) throw new IllegalArgumentException("unknown server '" + s + "': expected " + SERVERS);
          }
        }
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    repo = repo.toAbsolutePath().normalize();
    return new RunOptions(profile, repo, command != null ? command : "bench.jar run " + String.join(" ", args), servers,
        out != null ? out : repo.resolve("docs/benchmarks.md"), micro, javaOpts, idle, scenarios);
  }

  private static List<Integer> levels(String text) {
    try {
      List<Integer> out = java.util.Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) <= 0 || (i > 0 && out.get(i) <= out.get(i - 1))) throw new NumberFormatException();
      }
      return out;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--idle needs increasing positive counts, e.g. 1000,5000: '" + text + "'");
    }
  }

  private static java.util.Set<Integer> scenarios(String text) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (String part : text.split(",")) {
      String t = part.trim();
      if (!t.matches("[1-4]")) throw new IllegalArgumentException("--scenarios takes numbers 1 to 4, e.g. 1,2: '" + text + "'");
      out.add(Integer.valueOf(t));
    }
    return java.util.Set.copyOf(out);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }
}
