package org.bridgehead.bench.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * SIPp (Debian sip-tester) as the UAC of scenario 2: MESSAGE requests at a fixed rate from the trusted
 * next-hop address to users of the generator's domains, through Bridgehead's SIP port. The scenario file
 * is {@code sipp/message-uac.xml} (a resource); response times come from SIPp's {@code -trace_rtt} file.
 */
final class SippRun {
  /** What one step measured: calls made, failed, and SIPp's response times in ms. */
  record Step(int rate, long calls, long failed, double[] rttMillis, int exitCode) {
    double percentile(double p) {
      if (rttMillis.length == 0) return Double.NaN;
      double[] sorted = rttMillis.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
  }

  private final Path dir;
  private final String localIp;
  private final int localPort;

  SippRun(Path dir, String localIp, int localPort) {
    this.dir = dir;
    this.localIp = localIp;
    this.localPort = localPort;
  }

  static boolean available() {
    return Files.isExecutable(Path.of("/usr/bin/sipp"));
  }

  /** Runs, in a fresh directory {@code label}, {@code rate × seconds} MESSAGEs from {@code from} to {@code users} (user;domain rows, round robin). */
  Step run(String label, InetSocketAddress target, String from, List<String> users, int rate, int seconds) throws Exception {
    Path stepDir = org.bridgehead.bench.sut.SutFiles.fresh(dir.resolve(label));
    Path scenario = Files.writeString(stepDir.resolve("message-uac.xml"), resource().replace("@FROM@", from));
    Path csv = Files.writeString(stepDir.resolve("users.csv"), "SEQUENTIAL\n" + String.join("\n", users) + "\n");
    long calls = (long) rate * seconds;
    List<String> cmd = List.of("sipp", "-sf", scenario.toString(), "-inf", csv.toString(), "-i", localIp,
        "-p", Integer.toString(localPort), "-t", "u1", "-r", Integer.toString(rate), "-m", Long.toString(calls),
        "-l", Integer.toString(Math.max(100, rate)), "-nostdin", "-trace_rtt", "-rtt_freq", "1",
        "-trace_stat", "-timeout", (seconds + 30) + "s", "-timeout_error",
        target.getHostString() + ":" + target.getPort());
    Process p = new ProcessBuilder(cmd).directory(stepDir.toFile()).redirectErrorStream(true)
        .redirectOutput(stepDir.resolve("sipp.out").toFile()).start();
    if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
    double[] rtt = rtts(stepDir);
    return new Step(rate, calls, Math.max(0, calls - rtt.length), rtt, p.exitValue());
  }

  private static double[] rtts(Path stepDir) throws IOException {
    List<Double> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(stepDir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith("_rtt.csv")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
          String[] cols = line.split(";");
          if (cols.length >= 2 && !cols[1].isBlank() && Character.isDigit(cols[1].trim().charAt(0))) {
            out.add(Double.parseDouble(cols[1].trim()));
          }
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String resource() {
    try (var in = SippRun.class.getResourceAsStream("/sipp/message-uac.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
