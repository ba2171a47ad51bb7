package org.bridgehead.admin.extra;

import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.ApiConnection;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.nouns.Catalog;
import org.bridgehead.admin.nouns.Outcomes;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Grant-CsExternalAccessPolicy: to one user, {@code none} to unassign, or to every user. */
@Command(name = "grant", mixinStandardHelpOptions = true,
    description = "Grant a named policy to a user (--policy none unassigns), or to all users.")
public final class GrantCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  static final class Who {
    @Option(names = "--user", paramLabel = "SIP_URI", required = true, description = "The user, e.g. sip:alice@contoso.test.") String user;
    @Option(names = "--all-users", required = true, description = "Every user (the seed's Get-CsUser | Grant-...).") boolean all;
  }

  @ArgGroup(exclusive = true, multiplicity = "1") Who who;

  @Option(names = "--policy", required = true, paramLabel = "NAME|none", description = "A named (per-user) policy, or none.")
  String policy;

  @Option(names = "--what-if", description = "Check and show the change; change nothing.") boolean whatIf;

  @Option(names = {"--output", "-o"}, defaultValue = "table", paramLabel = "table|json") Printer.Format format;

  @Override
  public Integer call() {
    return Commands.run(spec, connection, (api, out, err) -> {
      String suffix = whatIf ? "?whatIf=true" : "";
      if (who.all) {
        if (policy.equalsIgnoreCase("none")) throw new IllegalArgumentException("--all-users needs a policy name, not none");
        var r = api.call("POST", "/external-access-policies/" + Commands.segment(policy) + "/grant-all" + suffix,
            ApiConnection.json().createObjectNode()).body();
        if (!whatIf && format == Printer.Format.TABLE) {
          out.println("Granted " + policy + " to " + r.path("granted").asInt() + " user(s).");
          return 0;
        }
        return Outcomes.report(r, whatIf, java.util.List.of(), format, out, err);
      }
      var body = ApiConnection.json().createObjectNode();
      if (policy.equalsIgnoreCase("none")) body.putNull("policy");
      else body.put("policy", policy);
      var r = api.call("PUT", "/users/" + Commands.segment(who.user) + "/policy" + suffix, body).body();
      return Outcomes.report(r, whatIf, Catalog.USER.columns(), format, out, err);
    });
  }
}
