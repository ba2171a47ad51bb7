package org.bridgehead.admin.extra;

import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Who changed what, when: the store's audit log. */
@Command(name = "audit-log", mixinStandardHelpOptions = true, description = "Show the audit log of configuration changes.",
    subcommands = AuditLogCommand.Get.class)
public final class AuditLogCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Recent changes, or those after a change id.")
  static final class Get implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--since", paramLabel = "CHANGE_ID", description = "Only changes after this change id.") Long since;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many entries (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = {"--output", "-o"}, defaultValue = "table", paramLabel = "table|json") Printer.Format format;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> {
        String q = "?limit=" + limit + (since == null ? "" : "&since=" + since);
        Printer.print(out, api.call("GET", "/audit-log" + q, null).body(),
            List.of("changeId", "at", "actor", "action", "objectType", "objectId"), format);
        return 0;
      });
    }
  }
}
