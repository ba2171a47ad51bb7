package org.bridgehead.admin;

import java.util.List;
import org.bridgehead.admin.extra.AdminCommand;
import org.bridgehead.admin.extra.AuditLogCommand;
import org.bridgehead.admin.extra.EffectivePolicyCommand;
import org.bridgehead.admin.extra.GrantCommand;
import org.bridgehead.admin.extra.TopologyCommand;
import org.bridgehead.admin.extra.UserPasswordCommand;
import org.bridgehead.admin.nouns.Catalog;
import org.bridgehead.admin.nouns.NounCommands;
import picocli.CommandLine;

/** Every administration command, ready to be added to the {@code bridgehead} command line. */
public final class AdminCommands {
  private AdminCommands() {}

  public static List<CommandLine> all() {
    return List.of(
        new CommandLine(NounCommands.build(Catalog.XMPP_PARTNER)),
        new CommandLine(NounCommands.build(Catalog.POLICY, new GrantCommand())),
        new CommandLine(NounCommands.build(Catalog.USER, new UserPasswordCommand(), new EffectivePolicyCommand())),
        new CommandLine(NounCommands.build(Catalog.ALLOWED_DOMAIN)),
        new CommandLine(NounCommands.build(Catalog.BLOCKED_DOMAIN)),
        new CommandLine(NounCommands.build(Catalog.PUBLIC_PROVIDER)),
        new CommandLine(NounCommands.build(Catalog.GATEWAY_CONFIG)),
        new CommandLine(NounCommands.build(Catalog.ACCESS_EDGE_CONFIG)),
        new CommandLine(NounCommands.build(Catalog.SITE)),
        new CommandLine(NounCommands.build(Catalog.EDGE_POOL)),
        new CommandLine(NounCommands.build(Catalog.ROUTE)),
        new CommandLine(new TopologyCommand()),
        new CommandLine(new AuditLogCommand()),
        new CommandLine(new org.bridgehead.admin.extra.StatusCommand()),
        new CommandLine(new AdminCommand()));
  }
}
