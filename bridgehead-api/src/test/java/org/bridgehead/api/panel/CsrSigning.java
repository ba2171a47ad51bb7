package org.bridgehead.api.panel;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bridgehead.certs.Pem;
import org.bridgehead.testkit.pki.TestPki;

/** What a CA does with the panel's CSR in the tests, and openssl as the independent judge of the CSR. */
final class CsrSigning {
  private CsrSigning() {}

  static PublicKey key(String csrPem) throws IOException {
    try (PEMParser p = new PEMParser(new StringReader(csrPem))) {
      return new JcaPEMKeyConverter().getPublicKey(((PKCS10CertificationRequest) p.readObject()).getSubjectPublicKeyInfo());
    }
  }

  /** The CSR's key signed by {@code ca} for {@code names}, as PEM followed by {@code chain}. */
  static String issue(String csrPem, TestPki ca, List<String> names, X509Certificate... chain) throws IOException {
    TestPki.Request r = TestPki.request().commonName(names.get(0));
    names.forEach(r::dnsName);
    List<X509Certificate> all = new ArrayList<>(List.of(ca.sign(key(csrPem), r)));
    all.addAll(List.of(chain));
    return Pem.write(all);
  }

  record Openssl(int exit, String out) {}

  /** {@code openssl req ARGS -in FILE} on the CSR. */
  static Openssl openssl(Path dir, String csrPem, String... args) throws IOException, InterruptedException {
    Path file = Files.createTempFile(dir, "panel", ".csr");
    Files.writeString(file, csrPem);
    List<String> cmd = new ArrayList<>(List.of("openssl", "req"));
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("-in", file.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("openssl hung: " + cmd);
    return new Openssl(p.exitValue(), out);
  }
}
