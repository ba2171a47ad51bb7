package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives test peers loopback names without DNS: adds {@code IP name...} lines to a block of
 * {@code /etc/hosts} between {@value #BEGIN} and {@value #END}. Idempotent; lines outside the block are
 * never touched. A name is mapped to one address only: adding it with a new address moves it.
 * Concurrent JVMs serialise on an exclusive lock of a side file.
 */
public final class EtcHosts {
  static final String BEGIN = "# bridgehead-test begin";
  static final String END = "# bridgehead-test end";

  private final Path file;
  private final Path lockFile;

  public EtcHosts(Path file, Path lockFile) {
    this.file = file;
    this.lockFile = lockFile;
  }

  /** The machine's {@code /etc/hosts}, locked via {@code /tmp/bridgehead-etc-hosts.lock}. */
  public static EtcHosts system() {
    return new EtcHosts(Path.of("/etc/hosts"), Path.of(System.getProperty("java.io.tmpdir"), "bridgehead-etc-hosts.lock"));
  }

  /** Ensures {@code ip} maps to every one of {@code names} inside the marker block. */
  public void ensure(String ip, String... names) {
    if (!ip.startsWith("127.")) {
      throw new IllegalArgumentException("test names must map to 127.0.0.0/8, not " + ip);
    }
    try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock ignored = lock.lock()) {
      String before = Files.readString(file, StandardCharsets.UTF_8);
      String after = withNames(before, ip, List.of(names));
      if (!after.equals(before)) {
        // Rewrite in place (no rename): /etc/hosts is often a bind mount in containers.
        Files.writeString(file, after, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + file, e);
    }
  }

  /** The new content of a hosts file: pure, for tests. */
  static String withNames(String content, String ip, List<String> names) {
    List<String> lines = new ArrayList<>(content.lines().toList());
    int begin = lines.indexOf(BEGIN);
    int end = begin < 0 ? -1 : lines.subList(begin, lines.size()).indexOf(END) + begin;
    if (begin < 0 || end < begin) {
      if (begin >= 0) {
        lines.add(END); // a begin without end: close the block at the end of the file
        end = lines.size() - 1;
      } else {
        lines.add(BEGIN);
        lines.add(END);
        begin = lines.size() - 2;
        end = lines.size() - 1;
      }
    }
    Map<String, Set<String>> block = new LinkedHashMap<>();
    for (String line : lines.subList(begin + 1, end)) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 2 && !f[0].startsWith("#")) {
        block.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).addAll(Arrays.asList(f).subList(1, f.length));
      }
    }
    for (String name : names) {
      block.forEach((addr, ns) -> { if (!addr.equals(ip)) ns.remove(name); });
      block.computeIfAbsent(ip, k -> new LinkedHashSet<>()).add(name);
    }
    List<String> blockLines = new ArrayList<>();
    block.forEach((addr, ns) -> { if (!ns.isEmpty()) blockLines.add(addr + " " + String.join(" ", ns)); });
    List<String> out = new ArrayList<>(lines.subList(0, begin + 1));
    out.addAll(blockLines);
    out.addAll(lines.subList(end, lines.size()));
    return String.join("\n", out) + "\n";
  }
}
