package org.bridgehead.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** start / stop / restart of a node in the background: a real second JVM, its pid file and its log. */
class ServiceControlTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Bridgehead.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return cli.execute(args);
  }

  private long pid() throws Exception {
    return Long.parseLong(Files.readString(dir.resolve("bridgehead.pid")).strip());
  }

  @Test
  void startStatusRestartStop() throws Exception {
    String[] node = {"--domain", "contoso.test", "--data-dir", dir.toString(), "--listen", "127.0.1.6:0",
        "--api-listen", "127.0.1.6:0", "--sip-listen", "none"};
    try {
      assertThat(run(concat("start", node))).as(out.toString()).isZero();
      long first = pid();
      assertThat(ProcessHandle.of(first)).get().matches(ProcessHandle::isAlive);
      assertThat(run(concat("start", node))).isEqualTo(3);
      assertThat(out.toString()).contains("already running");

      assertThat(run("status", "--data-dir", dir.toString())).as(out.toString()).isZero();
      assertThat(out.toString()).contains("Roles           : edge, management");

      assertThat(run("restart", "--data-dir", dir.toString())).as(out.toString()).isZero();
      long second = pid();
      assertThat(second).isNotEqualTo(first);
      assertThat(ProcessHandle.of(first)).isEmpty();

      assertThat(run("stop", "--data-dir", dir.toString())).isZero();
      assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive)).isIn(java.util.Optional.empty(),
          java.util.Optional.of(false));
      assertThat(dir.resolve("bridgehead.pid")).doesNotExist();
      assertThat(Files.readString(dir.resolve("bridgehead.log"))).contains("Bridgehead is running")
          .contains("heap trim on"); // the node's JVM runs G1 with the interval left to the trim
      assertThat(run("stop", "--data-dir", dir.toString())).isZero();
      assertThat(out.toString()).contains("not running");
    } finally {
      if (Files.exists(dir.resolve("bridgehead.pid"))) ProcessHandle.of(pid()).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void badOptionsFailInTheForeground() {
    assertThat(run("start", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(out.toString()).contains("--domain");
    assertThat(dir.resolve("bridgehead.pid")).doesNotExist();
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
