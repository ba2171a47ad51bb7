package org.bridgehead.bench.scenario;

import java.util.List;

/**
 * How big a run is. {@code full}: the figures for docs/benchmarks.md on a quiet machine (about 13
 * minutes); {@code smoke}: seconds per scenario and a few hundred streams, to check that everything runs.
 *
 * @param idleLevels scenario 3: cumulative idle stream counts measured
 * @param idleWarmup scenario 3: streams opened and closed before the baseline is taken
 * @param generatorDomains how many generator domains the streams are spread over
 * @param establish scenario 4: streams opened in one batch, {@code parallel} handshakes at a time
 * @param routingStreams scenario 1: streams carrying the messages
 * @param window scenario 1 saturation: messages in flight at most
 * @param routingWarmupSeconds scenario 1: traffic at {@code routingWarmupRate} msg/s before the saturation figure,
 *     not reported, so the JVMs' JIT compilers (the server's and the bench's) are done before anything is
 *     measured; a moderate rate leaves them a core, where saturation would starve them for half a minute
 * @param fixedRate scenario 1: offered msg/s for the latency figures
 * @param idleBudgetSeconds scenario 3: no new stream after this long (bounds the run on a slow server)
 * @param sipRates scenario 2: SIPp's stepped rates (msg/s), each for {@code stepSeconds}
 */
public record Profile(String name, List<Integer> idleLevels, int idleWarmup, int idleBudgetSeconds, int generatorDomains, int establish, int parallel,
    int routingStreams, int window, int routingWarmupSeconds, int routingWarmupRate, int saturationSeconds, int fixedRate, int fixedSeconds, List<Integer> sipRates,
    int stepSeconds, boolean quickMicro) {

  public static Profile named(String name) {
    return switch (name) {
      case "full" -> new Profile("full", List.of(1000, 5000, 10000), 500, 120, 100, 1000, 64, 16, 2000, 15, 2000, 20, 1000, 20,
          List.of(500, 1000, 2000, 5000, 8000), 10, false);
      case "smoke" -> new Profile("smoke", List.of(200), 100, 60, 10, 200, 32, 4, 500, 1, 200, 3, 200, 3, List.of(100, 300), 3, true);
      default -> throw new IllegalArgumentException("unknown profile '" + name + "': expected full or smoke");
    };
  }

  public Profile withIdleLevels(List<Integer> levels) {
    return new Profile(name, List.copyOf(levels), idleWarmup, idleBudgetSeconds, generatorDomains, establish, parallel, routingStreams, window,
        routingWarmupSeconds, routingWarmupRate, saturationSeconds, fixedRate, fixedSeconds, sipRates, stepSeconds, quickMicro);
  }
}
