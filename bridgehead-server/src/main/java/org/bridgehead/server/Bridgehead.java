package org.bridgehead.server;

import org.bridgehead.admin.AdminCommands;
import org.bridgehead.server.cli.ExitCodes;
import org.bridgehead.server.cli.RunCommand;
import org.bridgehead.server.cli.TestXmppImCommand;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bridgehead} command line: one executable for the node and its administration. */
@Command(name = "bridgehead", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Bridgehead: a SIP/XMPP federation edge.",
    subcommands = {RunCommand.class, org.bridgehead.server.cli.StartCommand.class,
        org.bridgehead.server.cli.StopCommand.class, org.bridgehead.server.cli.RestartCommand.class, TestXmppImCommand.class, GenerateCompletion.class,
        org.bridgehead.diagnostics.cli.TestFederationCommand.class, org.bridgehead.diagnostics.cli.EventLogCommand.class})
public final class Bridgehead implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Bridgehead());
    for (CommandLine admin : AdminCommands.all()) cli.addSubcommand(admin.getCommandName(), admin);
    cli.addSubcommand(new org.bridgehead.certs.cli.CertificateCommand());
    return cli.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Bridgehead::failed);
  }

  /** Bad input is exit 2 with its message; an operation that failed is exit 1 with its cause, no stack trace. */
  private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof IllegalArgumentException) {
      cmd.getErr().println(name + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (e instanceof java.net.SocketException || e instanceof io.netty.channel.ChannelException) {
      cmd.getErr().println(name + ": cannot listen: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    Throwable root = e;
    while (root.getCause() != null) root = root.getCause();
    cmd.getErr().println(name + ": failed: " + e.getMessage()
        + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : ""));
    return ExitCodes.FAILURE;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
