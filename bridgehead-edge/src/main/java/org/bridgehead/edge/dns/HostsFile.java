package org.bridgehead.edge.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code /etc/hosts}-format table: "address name [alias...]" per line, '#' starts a comment,
 * names match case-insensitively and with or without a trailing dot. Lines whose address is not an
 * IP literal are ignored. Immutable once parsed.
 */
public final class HostsFile {
  /** A table with no entries. */
  public static final HostsFile EMPTY = new HostsFile(Map.of());

  private final Map<String, List<InetAddress>> byName;

  private HostsFile(Map<String, List<InetAddress>> byName) {
    this.byName = byName;
  }

  /** Reads and parses {@code path}. */
  public static HostsFile load(Path path) throws IOException {
    return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
  }

  /** Parses the lines of a hosts file. */
  public static HostsFile parse(List<String> lines) {
    Map<String, List<InetAddress>> table = new LinkedHashMap<>();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (content.isEmpty()) {
        continue;
      }
      String[] fields = content.split("\\s+");
      String ip = fields[0];
      int scope = ip.indexOf('%'); // fe80::1%lo0: the zone index is of no use for S2S
      Optional<InetAddress> address = IpLiterals.parse(scope >= 0 ? ip.substring(0, scope) : ip);
      if (address.isEmpty()) {
        continue;
      }
      for (int i = 1; i < fields.length; i++) {
        List<InetAddress> list = table.computeIfAbsent(key(fields[i]), k -> new ArrayList<>());
        if (!list.contains(address.get())) {
          list.add(address.get());
        }
      }
    }
    table.replaceAll((k, v) -> List.copyOf(v));
    return new HostsFile(Map.copyOf(table));
  }

  /** The addresses listed for {@code host}, in file order; empty when it is not listed. */
  public List<InetAddress> lookup(String host) {
    return byName.getOrDefault(key(host), List.of());
  }

  private static String key(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    return n.toLowerCase(Locale.ROOT);
  }
}
