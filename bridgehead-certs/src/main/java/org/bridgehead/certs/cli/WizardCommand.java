package org.bridgehead.certs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bridgehead.certs.CertificateRefusedException;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.importing.CertificateCheckException;
import org.bridgehead.certs.importing.Finding;
import org.bridgehead.management.audit.ChangeEvent;
import org.bridgehead.management.validation.NotFoundException;
import org.bridgehead.management.validation.Problem;
import org.bridgehead.management.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * A {@code certificate} subcommand: opens the store, runs, and maps every outcome to an exit code —
 * 0 ok, 1 failed, 2 bad input, 3 refused by a check.
 */
abstract class WizardCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;
  static final int REFUSED = 3;

  @Mixin StoreOptions store;
  @Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command; returns its exit code. */
  abstract int run(CertificateWizard wizard, PrintWriter out) throws Exception;

  static String actor() { return "cli:" + System.getProperty("user.name", "unknown"); }

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    try (var s = store.open()) {
      return run(store.wizard(s), out);
    } catch (CertificateCheckException e) {
      err.println(name + ": refused:");
      for (Finding f : e.findings()) err.println("  " + f);
      return REFUSED;
    } catch (CertificateRefusedException e) {
      err.println(name + ": refused: " + e.getMessage());
      return REFUSED;
    } catch (ValidationException e) {
      for (Problem p : e.problems()) err.println(name + ": " + p.field() + ": " + p.message());
      return BAD_INPUT;
    } catch (IllegalArgumentException | NotFoundException e) {
      err.println(name + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (Exception e) {
      err.println(name + ": failed: " + e.getMessage() + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : ""));
      return FAILED;
    }
  }

  static void printWhatIf(PrintWriter out, List<ChangeEvent> changes) {
    out.println("What if: nothing was changed; this would:");
    for (ChangeEvent c : changes) out.println("  " + c.action() + " " + c.objectType() + " " + c.objectId());
  }
}
