package org.bridgehead.admin.nouns;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import org.bridgehead.admin.connect.ExitCodes;
import org.bridgehead.admin.output.Printer;

/** How a change's answer is shown: what-if lines, the saved object, warnings on stderr. */
public final class Outcomes {
  private Outcomes() {}

  public static int report(JsonNode result, boolean whatIf, List<String> columns, Printer.Format format,
      PrintWriter out, PrintWriter err) {
    if (result != null) {
      for (JsonNode w : result.path("warnings")) {
        err.println("WARNING: " + w.path("object").asText() + " " + w.path("field").asText() + ": " + w.path("message").asText());
      }
    }
    if (whatIf) {
      if (format == Printer.Format.JSON) {
        Printer.print(out, result, List.of(), format);
      } else {
        for (JsonNode c : result.path("changes")) {
          out.println("What if: " + c.path("action").asText() + " " + c.path("objectType").asText() + " "
              + c.path("objectId").asText());
        }
      }
      return ExitCodes.OK;
    }
    if (result != null) Printer.print(out, result, columns, format);
    return ExitCodes.OK;
  }
}
