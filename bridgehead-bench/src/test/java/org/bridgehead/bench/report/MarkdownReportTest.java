package org.bridgehead.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bridgehead.bench.load.MessageLedger;
import org.bridgehead.bench.scenario.Results;
import org.bridgehead.bench.scenario.Results.Figure;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final List<String> SERVERS = List.of("Bridgehead", "Prosody", "ejabberd");

  @Test
  void ratioComparesWithTheBetterPeerInTheFiguresDirection() {
    Figure up = new Figure("1", "throughput", "msg/s", true);
    Figure down = new Figure("3", "memory", "KiB", false);
    Map<String, Double> v = Map.of("Bridgehead", 300.0, "Prosody", 100.0, "ejabberd", 150.0);
    assertThat(MarkdownReport.ratio(up, v, SERVERS)).isEqualTo("2.00×");
    assertThat(MarkdownReport.ratio(down, v, SERVERS)).isEqualTo("3.00×");
    assertThat(MarkdownReport.ratio(up, Map.of("Bridgehead", 1.0), SERVERS)).isEqualTo("–");
  }

  @Test
  void smokeRunsAreMarkedAndFailedChecksStandOut() {
    Results r = new Results();
    r.put(new Figure("1. Routing", "throughput", "msg/s", true), "Bridgehead", 1234.5);
    r.check("1. Routing", "Bridgehead", new MessageLedger.Counts(10, 9, 0, 0));
    var run = new MarkdownReport.Run("smoke", "bench/run smoke", new Machine(2, "1 GiB", "k", "os", "jdk"),
        Map.of("Bridgehead", "x"), "t", 5, List.of("how"), "a finding");
    String md = MarkdownReport.render(run, r, SERVERS);
    assertThat(md).contains("SMOKE RUN").contains("| throughput ↑ | msg/s | 1,235 | – | – | – |")
        .contains("| 1. Routing | Bridgehead | 10 | 9 | 1 | 0 | **FAILED** |").contains("`bench/run smoke`").contains("## Profiling notes\n\na finding");
  }
}
