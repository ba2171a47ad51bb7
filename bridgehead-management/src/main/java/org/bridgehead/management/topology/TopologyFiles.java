package org.bridgehead.management.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bridgehead.management.json.Json;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.validation.Problem;
import org.bridgehead.management.validation.ValidationException;

/** Reads and writes topology files: YAML for {@code .yaml}/{@code .yml}, JSON otherwise. */
public final class TopologyFiles {
  private TopologyFiles() {}

  public static void write(Topology topology, Path file) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      mapper(file).writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), topology);
      // Replace atomically so that a reader never sees half a topology.
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a topology file; a file that is not a topology is a validation problem, not a crash. */
  public static Topology read(Path file) {
    try {
      return mapper(file).readValue(file.toFile(), Topology.class);
    } catch (IOException e) {
      throw new ValidationException(new Problem("topology " + file.getFileName(), "", "parse",
          "cannot read topology file: " + e.getMessage()));
    }
  }

  private static ObjectMapper mapper(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") ? Json.yamlMapper() : Json.mapper();
  }
}
