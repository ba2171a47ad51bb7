package org.bridgehead.admin.extra;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.ApiConnection;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.nouns.Outcomes;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Administrator accounts of the API and control panel. There is no default account: the first one is
 * made here, on the store (offline) or through a node running on the same data directory.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
    description = "Manage administrator accounts (the first one is created here; no default password exists).",
    subcommands = {AdminCommand.New.class, AdminCommand.Get.class, AdminCommand.Set.class, AdminCommand.Remove.class})
public final class AdminCommand implements Runnable {
  static final List<String> COLUMNS = List.of("name", "role", "version");
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  static class PasswordOptions {
    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the file's first line.") Path file;
    @Option(names = "--password-stdin", description = "Read the password from standard input.") boolean stdin;
  }

  @Command(name = "new", mixinStandardHelpOptions = true, description = "Create an account; the password is asked twice.")
  static final class New implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin PasswordOptions password;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--role", defaultValue = "administrator", paramLabel = "administrator|read-only",
        description = "What the account may do (default: ${DEFAULT-VALUE}).") String role;
    @Option(names = "--what-if", description = "Check and show the change; change nothing.") boolean whatIf;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> {
        var body = ApiConnection.json().createObjectNode().put("name", name).put("role", role)
            .put("password", Passwords.read(password.file, password.stdin, "password for " + name));
        var r = api.call("POST", "/administrators" + (whatIf ? "?whatIf=true" : ""), body).body();
        return Outcomes.report(r, whatIf, COLUMNS, Printer.Format.TABLE, out, err);
      });
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "List the accounts (never their passwords).")
  static final class Get implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = {"--output", "-o"}, defaultValue = "table", paramLabel = "table|json") Printer.Format format;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> {
        Printer.print(out, api.call("GET", "/administrators", null).body(), COLUMNS, format);
        return 0;
      });
    }
  }

  @Command(name = "set", mixinStandardHelpOptions = true, description = "Change an account's role or password.")
  static final class Set implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Mixin PasswordOptions password;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--role", paramLabel = "administrator|read-only") String role;
    @Option(names = "--new-password", description = "Ask for (or read) a new password.") boolean newPassword;
    @Option(names = "--what-if", description = "Check and show the change; change nothing.") boolean whatIf;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> {
        if (role == null && !newPassword) throw new IllegalArgumentException("give --role or --new-password");
        long version = api.call("GET", "/administrators/" + Commands.segment(name), null).body().path("version").asLong();
        var body = ApiConnection.json().createObjectNode().put("version", version);
        if (role != null) body.put("role", role);
        if (newPassword) body.put("password", Passwords.read(password.file, password.stdin, "password for " + name));
        var r = api.call("PUT", "/administrators/" + Commands.segment(name) + (whatIf ? "?whatIf=true" : ""), body).body();
        return Outcomes.report(r, whatIf, COLUMNS, Printer.Format.TABLE, out, err);
      });
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account (never the last administrator).")
  static final class Remove implements Callable<Integer> {
    @Mixin ConnectionOptions connection;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--what-if", description = "Check and show the change; change nothing.") boolean whatIf;

    @Override
    public Integer call() {
      return Commands.run(spec, connection, (api, out, err) -> Outcomes.report(
          api.call("DELETE", "/administrators/" + Commands.segment(name) + (whatIf ? "?whatIf=true" : ""), null).body(),
          whatIf, COLUMNS, Printer.Format.TABLE, out, err));
    }
  }
}
