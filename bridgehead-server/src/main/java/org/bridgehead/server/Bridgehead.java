package org.bridgehead.server;

import org.bridgehead.server.cli.RunCommand;
import org.bridgehead.server.cli.TestXmppImCommand;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bridgehead} command line: one executable for the node and its administration. */
@Command(name = "bridgehead", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Bridgehead: a SIP/XMPP federation edge.",
    subcommands = {RunCommand.class, TestXmppImCommand.class, GenerateCompletion.class})
public final class Bridgehead implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Bridgehead()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
