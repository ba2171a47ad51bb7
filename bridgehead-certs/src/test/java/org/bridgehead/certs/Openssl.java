package org.bridgehead.certs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the system's openssl: the independent judge of what the wizard writes. */
final class Openssl {
  record Result(int exit, String out) {}

  static Result run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("openssl hung: " + cmd);
    return new Result(p.exitValue(), out);
  }

  private Openssl() {}
}
