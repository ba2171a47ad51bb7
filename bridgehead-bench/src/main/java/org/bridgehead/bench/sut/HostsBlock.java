package org.bridgehead.bench.sut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names without DNS. Prosody (libunbound hoststxt) and ejabberd (inetrc) read {@code /etc/hosts}, so the
 * run's names go into a block of it between markers, replaced as a whole each run and never touching
 * other lines; Bridgehead is given its own hosts file instead.
 */
public final class HostsBlock {
  static final String BEGIN = "# bridgehead-bench begin";
  static final String END = "# bridgehead-bench end";

  private HostsBlock() {}

  /** {@code content} with the bench block replaced by {@code names} (address → names). Pure. */
  static String replace(String content, Map<String, List<String>> names) {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (String line : content.lines().toList()) {
      if (line.equals(BEGIN)) inside = true;
      else if (line.equals(END)) inside = false;
      else if (!inside) out.add(line);
    }
    out.add(BEGIN);
    names.forEach((ip, ns) -> {
      if (!ip.startsWith("127.")) throw new IllegalArgumentException("bench names map to loopback only, not " + ip);
      for (int i = 0; i < ns.size(); i += 50) out.add(ip + " " + String.join(" ", ns.subList(i, Math.min(ns.size(), i + 50))));
    });
    out.add(END);
    return String.join("\n", out) + "\n";
  }

  /** Rewrites {@code file} in place (no rename: /etc/hosts is often a bind mount). */
  public static void write(Path file, Map<String, List<String>> names) {
    try {
      String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      Files.writeString(file, replace(before, names), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
