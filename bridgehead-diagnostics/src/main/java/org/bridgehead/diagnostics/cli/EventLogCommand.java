package org.bridgehead.diagnostics.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.diagnostics.events.EventLog;
import org.bridgehead.diagnostics.events.EventQuery;
import org.bridgehead.diagnostics.events.LoggedEvent;
import org.bridgehead.diagnostics.events.Retention;
import org.bridgehead.diagnostics.events.Severity;
import org.bridgehead.management.store.ManagementStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgehead event-log get}: the stored events, filtered, read from the store (no running node needed). */
@Command(name = "event-log", mixinStandardHelpOptions = true, description = "Read the node's event log.",
    subcommands = EventLogCommand.Get.class)
public final class EventLogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The query, newest event first. */
  @Command(name = "get", mixinStandardHelpOptions = true, description = "List events, newest first.")
  public static final class Get implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--severity", paramLabel = "LEVEL", description = "information, warning or error: this level and worse.")
    String severity;

    @Option(names = "--since", paramLabel = "AGE|INSTANT", description = "e.g. 30m, 1h, 7d or 2026-11-23T08:00:00Z.")
    String since;

    @Option(names = "--id", paramLabel = "N", description = "Only this event id (e.g. 32101).")
    Integer id;

    @Option(names = "--partner", paramLabel = "DOMAIN", description = "Only events about this partner domain.")
    String partner;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", converter = OutputFormat.Converter.class, description = "text (default) or json.")
    OutputFormat output;

    @Override
    public Integer call() {
      EventQuery query = new EventQuery(since == null ? null : Since.parse(since, Clock.systemUTC()),
          severity == null ? null : Severity.parse(severity), id, partner, limit);
      List<LoggedEvent> events;
      try (ManagementStore s = ManagementStore.open(store.location())) {
        events = new EventLog(s.jdbi(), "cli", Retention.DEFAULT, Clock.systemUTC()).query(query);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (output == OutputFormat.JSON) {
        out.println(Json.write(events));
      } else {
        if (events.isEmpty()) out.println("no events match");
        for (LoggedEvent e : events) {
          out.printf("%s  %-11s %5d  %-16s %s%n", e.at(), e.severity(), e.id(), e.node(), e.message());
          if (e.hint() != null) out.printf("    hint: %s%n", e.hint());
        }
      }
      out.flush();
      return 0;
    }
  }
}
