package org.bridgehead.diagnostics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.bridgehead.diagnostics.events.EventLog;
import org.bridgehead.diagnostics.events.EventType;
import org.bridgehead.diagnostics.events.Retention;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code event-log get} reads the store offline, filtered, as text or JSON. */
class EventLogCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EventLogCommand());
    cli.setOut(new PrintWriter(out));
    return cli.execute(args);
  }

  private void seed() {
    try (ManagementStore store = ManagementStore.open(StoreLocation.embedded(dir))) {
      EventLog log = new EventLog(store.jdbi(), "edge1", Retention.DEFAULT, Clock.systemUTC());
      log.record(EventType.SERVICE_STARTED, null, null, "edge role");
      log.record(EventType.STREAM_FAILED, "fabrikam.test", "contoso.test", "remote-server-timeout");
      log.record(EventType.PARTNER_REFUSED, "evil.test", "contoso.test", "not a partner");
    }
  }

  @Test
  void warningsForOnePartnerAsJson() throws Exception {
    seed();
    int exit = run("get", "--data-dir", dir.toString(), "--severity", "warning", "--partner", "fabrikam.test",
        "--since", "1h", "--output", "json");
    assertThat(exit).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("id").asInt()).isEqualTo(32101);
    assertThat(json.get(0).get("severity").asText()).isEqualTo("ERROR");
    assertThat(Instant.parse(json.get(0).get("at").asText())).isBefore(Instant.now().plusSeconds(1));
    assertThat(json.get(0).get("hint").asText()).contains("test-federation fabrikam.test");
  }

  @Test
  void textByIdWithHint() {
    seed();
    assertThat(run("get", "--data-dir", dir.toString(), "--id", "32102")).isZero();
    assertThat(out.toString()).contains("WARNING").contains("32102").contains("Stream from evil.test to contoso.test refused")
        .contains("hint: if evil.test should federate").doesNotContain("32101");
  }

  @Test
  void badSinceIsRefused() {
    assertThat(run("get", "--data-dir", dir.toString(), "--since", "yesterday")).isNotZero();
  }
}
