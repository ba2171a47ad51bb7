package org.bridgehead.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.certs.cli.CertificateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CertificateCliTest {
  @TempDir Path dir;
  String out;
  String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data-dir=" + dir.resolve("data"));
    int code = new CommandLine(new CertificateCommand()).setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(o, true)).setErr(new PrintWriter(e, true)).execute(all.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void requestImportAssignGetExportRemoveWithExitCodes() throws Exception {
    Path csr = dir.resolve("edge.csr");
    String[] request = {"request", "--name=edge", "--organization=Contoso", "--country=us", "--xmpp-domain=contoso.com",
        "--sip-domain=contoso.com", "--edge-pool=edge.contoso.com", "--csr=" + csr};
    assertThat(run(request[0], request[1], request[2], request[3], request[4], "--what-if")).as(err).isZero();
    assertThat(out).contains("What if").contains("NEW certificate edge");
    assertThat(csr).doesNotExist();
    assertThat(run(request)).as(err).isZero();
    assertThat(out).contains("PENDING").contains("sip.contoso.com");
    assertThat(Openssl.run("req", "-verify", "-noout", "-in", csr.toString()).exit()).isZero();

    // bad input: exit 2
    assertThat(run("request", "--name=x", "--organization=C", "--country=us", "--xmpp-domain=*.contoso.com",
        "--edge-pool=e.contoso.com")).isEqualTo(2);
    assertThat(err).contains("wildcard certificates are not supported for XMPP domains");
    assertThat(run("request", "--name=x", "--organization=C", "--country=USA", "--xmpp-domain=contoso.com",
        "--edge-pool=e.contoso.com")).isEqualTo(2);
    assertThat(err).contains("country must be two letters");
    assertThat(run("get", "nope")).isEqualTo(2);

    TestCa ca = new TestCa("CLI CA");
    var leaf = ca.issue(WizardFixture.csrKey(Files.readString(csr)), TestCa.Leaf.of("edge.contoso.com"));
    Path chain = Files.writeString(dir.resolve("chain.pem"), Pem.write(List.of(leaf, ca.intermediate)));
    Path root = Files.writeString(dir.resolve("root.pem"), Pem.write(List.of(ca.root)));
    // refused by a check: exit 3 (SAN missing the XMPP domain; untrusted without --trust-anchors)
    assertThat(run("import", chain.toString())).isEqualTo(3);
    assertThat(err).contains("CHAIN_COMPLETE").contains("SAN_COVERAGE").contains("Fix:");

    leaf = ca.issue(WizardFixture.csrKey(Files.readString(csr)), TestCa.Leaf.of("edge.contoso.com", "contoso.com"));
    Files.writeString(chain, Pem.write(List.of(ca.intermediate, leaf)));
    assertThat(run("import", chain.toString(), "--trust-anchors=" + root, "--what-if")).as(err).isZero();
    assertThat(out).contains("SET certificate edge");
    assertThat(run("import", chain.toString(), "--trust-anchors=" + root)).as(err).isZero();
    assertThat(out).contains("ISSUED");

    assertThat(run("assign", "edge", "--usage=external_edge")).as(err).isZero();
    assertThat(dir.resolve("data/certs/external-edge/key.pem")).exists();
    assertThat(run("get", "--output=json")).as(err).isZero();
    assertThat(out).contains("\"name\" : \"edge\"").contains("\"level\" : \"OK\"").contains("EXTERNAL_EDGE")
        .doesNotContain("PRIVATE");
    assertThat(run("get")).isZero();
    assertThat(out).contains("NAME").contains("ISSUED").contains("[EXTERNAL_EDGE]");

    Path pw = Files.writeString(dir.resolve("pw"), "long-password\n");
    assertThat(run("export", "edge", "--out=" + dir.resolve("e.p12"), "--password-file=" + pw)).isEqualTo(3);
    assertThat(err).contains("non-exportable");
    assertThat(run("remove", "edge")).isEqualTo(3);
    assertThat(run("assign", "edge", "--usage=bogus")).isEqualTo(2);
  }
}
