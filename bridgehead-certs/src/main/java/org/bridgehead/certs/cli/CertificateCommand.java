package org.bridgehead.certs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bridgehead certificate}: the certificate wizard on the store, offline (no running node needed). */
@Command(name = "certificate", mixinStandardHelpOptions = true,
    description = "Certificate wizard: request, import, assign, get, export, remove.",
    subcommands = {RequestCommand.class, ManageCommands.Import.class, ManageCommands.Assign.class,
        ManageCommands.Get.class, ManageCommands.Export.class, ManageCommands.Remove.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:failed", "2:bad input", "3:refused by a check"})
public final class CertificateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }
}
