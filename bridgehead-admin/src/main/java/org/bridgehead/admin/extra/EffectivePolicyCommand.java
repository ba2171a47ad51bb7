package org.bridgehead.admin.extra;

import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The policy that governs a user, and the level it comes from (user, site or global). */
@Command(name = "get-effective-policy", mixinStandardHelpOptions = true,
    description = "Show the external access policy that governs a user: user, then site, then global.")
public final class EffectivePolicyCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Parameters(paramLabel = "SIP_URI") String user;
  @Option(names = {"--output", "-o"}, defaultValue = "table", paramLabel = "table|json") Printer.Format format;

  @Override
  public Integer call() {
    return Commands.run(spec, connection, (api, out, err) -> {
      var r = api.call("GET", "/users/" + Commands.segment(user) + "/effective-policy", null).body();
      if (format == Printer.Format.JSON) {
        Printer.print(out, r, List.of(), format);
      } else {
        var flat = ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("policy").deepCopy())
            .put("sipUri", r.path("sipUri").asText()).put("source", r.path("source").asText());
        Printer.print(out, flat, List.of("sipUri", "identity", "source", "enableFederationAccess",
            "enablePublicCloudAccess", "enableXmppAccess", "enableOutsideAccess"), format);
      }
      return 0;
    });
  }
}
