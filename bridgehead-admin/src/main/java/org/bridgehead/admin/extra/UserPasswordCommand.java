package org.bridgehead.admin.extra;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.ApiConnection;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.nouns.Catalog;
import org.bridgehead.admin.nouns.Outcomes;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The user's password for the embedded SIP registrar. */
@Command(name = "set-password", mixinStandardHelpOptions = true,
    description = "Set (or with --clear remove) a user's password for the embedded SIP registrar.")
public final class UserPasswordCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Parameters(paramLabel = "SIP_URI") String user;
  @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the file's first line.") Path file;
  @Option(names = "--password-stdin", description = "Read the password from standard input.") boolean stdin;
  @Option(names = "--clear", description = "Remove the password: the user cannot register.") boolean clear;
  @Option(names = "--what-if", description = "Check and show the change; change nothing.") boolean whatIf;
  @Option(names = {"--output", "-o"}, defaultValue = "table", paramLabel = "table|json") Printer.Format format;

  @Override
  public Integer call() {
    return Commands.run(spec, connection, (api, out, err) -> {
      var body = ApiConnection.json().createObjectNode();
      if (clear) body.putNull("password");
      else body.put("password", Passwords.read(file, stdin, "SIP password for " + user));
      var r = api.call("PUT", "/users/" + Commands.segment(user) + "/password" + (whatIf ? "?whatIf=true" : ""), body).body();
      return Outcomes.report(r, whatIf, Catalog.USER.columns(), format, out, err);
    });
  }
}
