package org.bridgehead.certs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bridgehead.certs.CertificateExport;
import org.bridgehead.certs.CertificateStatus;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.Usage;
import org.bridgehead.certs.importing.Finding;
import org.bridgehead.certs.importing.TrustAnchors;
import org.bridgehead.management.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code certificate} subcommands after the request: import, assign, get, export, remove. */
final class ManageCommands {
  private ManageCommands() {}

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import the chain the CA issued (PEM, any order) for a pending request, after checking it.")
  static final class Import extends WizardCommand {
    @Parameters(paramLabel = "FILE", description = "PEM file with the certificate and its CA chain.") Path file;
    @Option(names = "--name", paramLabel = "NAME", description = "The request it answers (default: whichever key matches).") String name;
    @Option(names = "--trust-anchors", paramLabel = "PEM", description = "Extra trusted roots besides the JDK's.") Path anchors;
    @Option(names = "--what-if", description = "Run the checks; change nothing.") boolean whatIf;

    @Override
    int run(CertificateWizard wizard, PrintWriter out) throws Exception {
      if (!Files.isReadable(file)) throw new IllegalArgumentException("cannot read " + file);
      String pem = Files.readString(file);
      var trust = TrustAnchors.load(anchors);
      CertificateWizard.Imported imported;
      if (whatIf) {
        var preview = wizard.store().whatIf(() -> wizard.importChain(pem, name, trust, actor()));
        printWhatIf(out, preview.changes());
        imported = preview.result();
      } else {
        imported = wizard.importChain(pem, name, trust, actor());
        out.println("certificate '" + imported.record().name() + "' imported (ISSUED), valid until "
            + imported.record().notAfter());
      }
      for (Finding w : imported.warnings()) out.println("  " + w);
      return OK;
    }
  }

  @Command(name = "assign", mixinStandardHelpOptions = true,
      description = "Serve an issued certificate on a listener; the node reloads it for new streams.")
  static final class Assign extends WizardCommand {
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--usage", required = true, paramLabel = "USAGE", description = "${COMPLETION-CANDIDATES}") Usage usage;
    @Option(names = "--what-if", description = "Show what would change; change nothing.") boolean whatIf;

    @Override
    int run(CertificateWizard wizard, PrintWriter out) {
      if (whatIf) {
        printWhatIf(out, wizard.whatIfAssign(name, usage, actor()).changes());
        return OK;
      }
      wizard.assign(name, usage, actor());
      out.println("certificate '" + name + "' assigned to " + usage + " (port " + usage.port() + "); files in "
          + store.dataDir.resolve("certs").resolve(usage.directory()));
      return OK;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "List certificates with their state and days left.")
  static final class Get extends WizardCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "One certificate (default: all).") String name;
    @Option(names = "--output", defaultValue = "table", paramLabel = "FORMAT", description = "table or json.") String output;

    @Override
    int run(CertificateWizard wizard, PrintWriter out) throws Exception {
      if (!output.equals("table") && !output.equals("json")) throw new IllegalArgumentException("--output is table or json");
      var all = CertificateStatus.of(wizard, Instant.now()).stream()
          .filter(s -> name == null || s.name().equalsIgnoreCase(name.strip())).toList();
      if (name != null && all.isEmpty()) throw new org.bridgehead.management.validation.NotFoundException("certificate", name);
      if (output.equals("json")) {
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
        return OK;
      }
      String row = "%-24s %-8s %-8s %-26s %9s  %s%n";
      out.printf(row, "NAME", "STATE", "LEVEL", "NOT AFTER", "DAYS LEFT", "ASSIGNED");
      for (CertificateStatus s : all) {
        out.printf(row, s.name(), s.state(), s.level(), s.notAfter() == null ? "-" : s.notAfter(),
            s.daysLeft() == null ? "-" : s.daysLeft(), s.assignedTo().isEmpty() ? "-" : s.assignedTo());
      }
      return OK;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Export an exportable certificate with its key.")
  static final class Export extends WizardCommand {
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--format", defaultValue = "PKCS12", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}") CertificateExport format;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path file;
    @Option(names = "--password-file", required = true, paramLabel = "FILE", description = "First line: the password protecting the key.")
    Path passwordFile;

    @Override
    int run(CertificateWizard wizard, PrintWriter out) throws Exception {
      if (!Files.isReadable(passwordFile)) throw new IllegalArgumentException("cannot read " + passwordFile);
      String password = Files.readAllLines(passwordFile).stream().findFirst().orElse("");
      if (Files.exists(file)) throw new IllegalArgumentException(file + " exists; choose another --out file");
      byte[] content = wizard.export(name, format, password.toCharArray());
      Files.write(file, content);
      out.println("certificate '" + name + "' exported as " + format + " to " + file);
      return OK;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a certificate and its key (not while assigned).")
  static final class Remove extends WizardCommand {
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--what-if", description = "Show what would change; change nothing.") boolean whatIf;

    @Override
    int run(CertificateWizard wizard, PrintWriter out) {
      if (whatIf) {
        printWhatIf(out, wizard.store().whatIf(() -> {
          wizard.remove(name, actor());
          return name;
        }).changes());
        return OK;
      }
      wizard.remove(name, actor());
      out.println("certificate '" + name + "' removed");
      return OK;
    }
  }
}
