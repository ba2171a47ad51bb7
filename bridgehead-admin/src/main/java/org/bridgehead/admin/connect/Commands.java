package org.bridgehead.admin.connect;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/** What every administration command does around its work: connect, report failures with exit codes. */
public final class Commands {
  @FunctionalInterface
  public interface Work {
    int run(ApiConnection api, PrintWriter out, PrintWriter err);
  }

  private Commands() {}

  public static int run(CommandSpec spec, ConnectionOptions options, Work work) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    try (ApiConnection api = options.open()) {
      return work.run(api, out, err);
    } catch (ApiException e) {
      err.println(name + ": " + e.getMessage());
      e.lines().forEach(l -> err.println("  " + l));
      return e.exitCode();
    } catch (IllegalArgumentException e) {
      err.println(name + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (RuntimeException e) {
      err.println(name + ": failed: " + e.getMessage());
      return ExitCodes.FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** A key as one path segment. */
  public static String segment(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
