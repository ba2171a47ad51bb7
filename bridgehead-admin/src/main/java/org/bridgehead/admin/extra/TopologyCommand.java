package org.bridgehead.admin.extra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.nouns.Outcomes;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Export-CsConfiguration / Publish-CsTopology for the topology: the whole of it to and from a file. */
@Command(name = "topology", mixinStandardHelpOptions = true,
    description = "Export the topology (sites, edge pools, XMPP federation routes) to a file, or publish one.",
    subcommands = {TopologyCommand.Export.class, TopologyCommand.Publish.class})
public final class TopologyCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  static ObjectMapper mapperFor(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the topology, with versions, to FILE (.json or .yaml).")
  static final class Export implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> {
        JsonNode t = api.call("GET", "/topology", null).body();
        try {
          mapperFor(file).writerWithDefaultPrettyPrinter().writeValue(file.toFile(), t);
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage());
        }
        out.println("Exported " + t.path("sites").size() + " site(s), " + t.path("pools").size() + " edge pool(s), "
            + t.path("routes").size() + " route(s) to " + file);
        return 0;
      });
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = "Make FILE's topology the stored one, all or nothing (objects not in the file are removed).")
  static final class Publish implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--what-if", description = "Check and show the changes; change nothing.") boolean whatIf;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> {
        JsonNode t;
        try {
          t = mapperFor(file).readTree(Files.readString(file));
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        JsonNode r = api.call("PUT", "/topology" + (whatIf ? "?whatIf=true" : ""), t).body();
        if (whatIf) return Outcomes.report(r, true, java.util.List.of(), Printer.Format.TABLE, out, err);
        out.println("Published " + r.path("sites").size() + " site(s), " + r.path("pools").size() + " edge pool(s), "
            + r.path("routes").size() + " route(s).");
        return 0;
      });
    }
  }
}
