package org.bridgehead.certs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.request.CertificateRequest;
import org.bridgehead.certs.request.Deployment;
import org.bridgehead.certs.request.KeyType;
import org.bridgehead.certs.request.SanPlanner;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.store.TopologyRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code certificate request}: a new key (kept encrypted in the store) and its CSR file. */
@Command(name = "request", mixinStandardHelpOptions = true,
    description = "Create a key and a PKCS#10 request (CSR) for the edge certificate; subject and SANs are filled from the deployment.")
final class RequestCommand extends WizardCommand {
  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Friendly name.") String name;
  @Option(names = "--key-type", defaultValue = "RSA_2048", paramLabel = "TYPE",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).") KeyType keyType;
  @Option(names = "--exportable", description = "Allow the private key to be exported later.") boolean exportable;
  @Option(names = "--organization", required = true, paramLabel = "O") String organization;
  @Option(names = "--unit", paramLabel = "OU") String unit;
  @Option(names = "--country", required = true, paramLabel = "CC", description = "Two letters, e.g. US.") String country;
  @Option(names = "--state", paramLabel = "ST") String state;
  @Option(names = "--city", paramLabel = "L") String city;
  @Option(names = "--subject", paramLabel = "FQDN", description = "Subject name (default: first edge pool, else first XMPP domain).")
  String subject;
  @Option(names = "--xmpp-domain", split = ",", required = true, paramLabel = "DOMAIN", description = "Local XMPP domain(s); never wildcards.")
  List<String> xmppDomains = new ArrayList<>();
  @Option(names = "--sip-domain", split = ",", paramLabel = "DOMAIN", description = "Local SIP domain(s); each adds sip.DOMAIN unless unticked.")
  List<String> sipDomains = new ArrayList<>();
  @Option(names = "--no-sip-prefix", split = ",", paramLabel = "DOMAIN", description = "SIP domain(s) whose sip.DOMAIN SAN is left out.")
  List<String> noSipPrefix = new ArrayList<>();
  @Option(names = "--edge-pool", split = ",", paramLabel = "FQDN", description = "Edge pool FQDN(s) (default: the pools of the store's topology).")
  List<String> edgePools;
  @Option(names = "--san", split = ",", paramLabel = "NAME", description = "Further SANs.") List<String> extraSans = new ArrayList<>();
  @Option(names = "--csr", paramLabel = "FILE", description = "Where to write the CSR (default: NAME.csr).") Path csrFile;
  @Option(names = "--what-if", description = "Show what would change; change nothing.") boolean whatIf;

  @Override
  int run(CertificateWizard wizard, PrintWriter out) throws Exception {
    List<String> pools = edgePools != null ? edgePools
        : wizard.store().read(h -> new TopologyRepository().pools(h).stream().map(EdgePool::fqdn).toList());
    var plan = SanPlanner.plan(new Deployment(xmppDomains, sipDomains, pools, new LinkedHashSet<>(noSipPrefix),
        extraSans), subject);
    var request = new CertificateRequest(name, keyType, exportable, organization, unit, country, state, city, plan)
        .validate();
    if (whatIf) {
      var preview = wizard.store().whatIf(() -> wizard.request(request, actor()));
      printWhatIf(out, preview.changes());
      out.println("  subject: " + preview.result().record().subject());
      out.println("  SANs: " + String.join(", ", plan.sans()));
      return OK;
    }
    Path file = csrFile != null ? csrFile : Path.of(name.strip().replace(' ', '_') + ".csr");
    if (Files.exists(file)) throw new IllegalArgumentException(file + " exists; choose another --csr file");
    CertificateWizard.Pending pending = wizard.request(request, actor());
    Files.writeString(file, pending.csrPem());
    out.println("certificate '" + pending.record().name() + "' requested (PENDING), key " + keyType
        + (exportable ? ", exportable" : ", not exportable"));
    out.println("  subject: " + pending.record().subject());
    out.println("  SANs: " + String.join(", ", plan.sans()));
    out.println("CSR written to " + file + ": send it to your CA, then run 'certificate import'.");
    return OK;
  }
}
