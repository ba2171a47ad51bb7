package org.bridgehead.admin.extra;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.admin.connect.ApiException;
import org.bridgehead.admin.connect.Commands;
import org.bridgehead.admin.connect.ConnectionOptions;
import org.bridgehead.admin.connect.ExitCodes;
import org.bridgehead.admin.output.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bridgehead status}: what a running node runs, its listeners and connections (the check Lync's
 * documentation does with netstat), and each partner's streams — asked of the node itself.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show a running node's roles, listeners, connections and each partner's streams.")
public final class StatusCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = {"--output", "-o"}, defaultValue = "table", paramLabel = "table|json") Printer.Format format;

  @Override
  public Integer call() {
    return Commands.run(spec, connection, (api, out, err) -> {
      JsonNode status;
      try {
        status = api.call("GET", "/status", null).body();
      } catch (ApiException e) {
        if (e.exitCode() != ExitCodes.NOT_FOUND) throw e;
        err.println("status: no running node answers (" + api.description() + "): start one with `bridgehead run`"
            + " or `bridgehead start`");
        return ExitCodes.NOT_FOUND;
      }
      if (format == Printer.Format.JSON) {
        Printer.print(out, status, List.of(), format);
        return 0;
      }
      print(out, status);
      return 0;
    });
  }

  private static void print(PrintWriter out, JsonNode s) {
    out.println("Roles           : " + String.join(", ", texts(s.path("roles"))));
    out.println("XMPP federation : listening on " + s.path("s2sListener").asText() + ", "
        + s.path("s2sConnections").asInt() + " connection(s) established");
    out.println("SIP             : " + (s.path("sipListener").isNull() || s.path("sipListener").isMissingNode()
        ? "off" : "listening on " + s.path("sipListener").asText() + " (udp, tcp)"));
    out.println("Internal link   : " + s.path("internalLink").asText());
    out.println();
    Printer.print(out, s.path("partners"), List.of("domain", "partnerType", "inboundStreams", "outboundStreams",
        "outboundState", "authenticatedBy", "queued", "lastFailure"), Printer.Format.TABLE);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
