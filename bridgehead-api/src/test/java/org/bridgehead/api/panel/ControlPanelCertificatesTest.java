package org.bridgehead.api.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.ManagementApi;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.Pem;
import org.bridgehead.certs.Usage;
import org.bridgehead.certs.store.CertificateState;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel's certificate wizard over real HTTP: request (defaults, SAN plan, refusals beside fields, the
 * CSR shown, downloaded and verified by openssl), import (each failed check named with its fix), assign,
 * export and remove with their refusals, read-only administrators and CSRF.
 */
class ControlPanelCertificatesTest {
  private static final String PW = "a long enough password";
  private static final List<String> NAMES = List.of("contoso.test", "sip.contoso.test");
  @TempDir static Path dir;
  static ManagementService m;
  static CertificateWizard wizard;
  static ManagementApi api;
  static String origin;
  static TestPki root;
  static TestPki intermediate;

  @BeforeAll
  static void start() {
    m = ManagementService.open(StoreLocation.embedded(dir.resolve("store")));
    m.administrators().create("root", AdminRole.ADMINISTRATOR, PW.toCharArray(), "test");
    m.administrators().create("viewer", AdminRole.READ_ONLY, PW.toCharArray(), "test");
    m.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", null), null, "test");
    wizard = CertificateWizard.forDataDir(m.store(), dir.resolve("node"));
    api = ManagementApi.start(m, ApiSettings.listen(new InetSocketAddress("127.0.9.1", 0)).withCertificates(wizard));
    origin = "http://127.0.9.1:" + api.port();
    root = TestPki.newCa("Panel test root");
    intermediate = root.newIntermediate("Panel test intermediate");
  }

  @AfterAll
  static void stop() {
    api.close();
    m.close();
  }

  static PanelClient login(String name) {
    PanelClient c = new PanelClient(origin);
    assertThat(c.login(name, PW).statusCode()).isEqualTo(303);
    return c;
  }

  static Map<String, String> request(String name) {
    return new HashMap<>(Map.of("friendly-name", name, "key-type", "RSA_2048", "organization", "Contoso",
        "country", "us", "xmpp-domain", "contoso.test", "sip-domain", "contoso.test", "sip-prefix", "contoso.test",
        CertificateRequestPage.OFFERED, "contoso.test"));
  }

  /** Requests {@code name} in the panel and returns its CSR. */
  static String requested(PanelClient c, Map<String, String> form) {
    c.get("/panel/certificates/new");
    HttpResponse<String> r = c.post("/panel/certificates/new", form);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return wizard.csrPem(form.get("friendly-name"));
  }

  @Test
  void theRequestFormShowsEveryDefaultAndThePlanFromTheStore() {
    String page = login("root").get("/panel/certificates/new").body();
    assertThat(ControlPanelTest.fieldDiv(page, "f-key-type")).contains("<option value=\"RSA_2048\" selected>", "default: RSA 2048");
    assertThat(ControlPanelTest.fieldDiv(page, "f-exportable")).contains("type=\"checkbox\"").doesNotContain("checked");
    assertThat(ControlPanelTest.fieldDiv(page, "f-xmpp-domain")).contains("value=\"contoso.test\"");
    assertThat(ControlPanelTest.fieldDiv(page, "f-sip-prefix")).contains("value=\"contoso.test\" checked> sip.contoso.test");
    assertThat(page).contains("id=\"plan\"", "SANs <code>contoso.test, sip.contoso.test</code>");
  }

  @Test
  void aWildcardXmppDomainIsRefusedBesideItsFieldWithTheFormKept() {
    PanelClient c = login("root");
    c.get("/panel/certificates/new");
    Map<String, String> form = request("Wildcard");
    form.put("xmpp-domain", "*.contoso.test");
    form.put("country", "USA");
    form.put("unit", "typed by hand");
    HttpResponse<String> r = c.post("/panel/certificates/new", form);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(ControlPanelTest.fieldDiv(r.body(), "f-xmpp-domain")).contains("data-rule=\"no-wildcard\"",
        "wildcard certificates are not supported for XMPP domains", "value=\"*.contoso.test\"");
    assertThat(ControlPanelTest.fieldDiv(r.body(), "f-country")).contains("data-rule=\"iso-3166\"");
    assertThat(r.body()).contains("value=\"typed by hand\"", "value=\"Wildcard\"");
    assertThat(wizard.list()).noneMatch(x -> x.name().equals("Wildcard"));
  }

  @Test
  void aRequestShowsItsCsrWhichOpensslVerifiesAndUntickedSipNamesStayOut() throws Exception {
    PanelClient c = login("root");
    c.get("/panel/certificates/new");
    Map<String, String> form = request("Edge (csr)");
    form.remove("sip-prefix"); // unticked
    HttpResponse<String> created = c.post("/panel/certificates/new", form);
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location")).hasValue("/panel/certificates/Edge%20%28csr%29");
    HttpResponse<String> page = c.get("/panel/certificates/Edge%20%28csr%29");
    assertThat(page.body()).contains("requested (PENDING), key RSA_2048, not exportable", "<pre class=\"pem\" id=\"csr\">"
        + "-----BEGIN CERTIFICATE REQUEST-----");
    HttpResponse<String> csr = c.get("/panel/certificates/Edge%20%28csr%29/csr");
    assertThat(csr.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Edge__csr_.csr\"");
    assertThat(csr.body()).isEqualTo(wizard.csrPem("Edge (csr)"));
    CsrSigning.Openssl verify = CsrSigning.openssl(dir, csr.body(), "-verify", "-noout");
    assertThat(verify.exit()).as(verify.out()).isZero();
    CsrSigning.Openssl text = CsrSigning.openssl(dir, csr.body(), "-noout", "-text");
    assertThat(text.out()).contains("DNS:contoso.test", "O = Contoso", "C = US").doesNotContain("sip.contoso.test");
    assertThat(m.auditLog().since(0)).anySatisfy(e -> {
      assertThat(e.objectId()).isEqualTo("Edge (csr)");
      assertThat(e.actor()).isEqualTo("panel:root");
    });
    HttpResponse<String> again = c.post("/panel/certificates/new", request("edge (CSR)"));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(ControlPanelTest.fieldDiv(again.body(), "f-friendly-name")).contains("already exists");
  }

  @Test
  void importNamesEachFailedCheckWithItsFixThenAssignsExportsAndRefusesRemovalWhileAssigned() throws Exception {
    PanelClient c = login("root");
    String csr = requested(c, withExportable(request("Edge import")));
    String path = "/panel/certificates/Edge%20import";
    c.get("/panel/certificates/import?name=Edge%20import");
    String foreign = Pem.write(List.of(root.issueServer("contoso.test").certificate()));
    HttpResponse<String> noKey = post(c, "/panel/certificates/import", "Edge import", foreign, null);
    assertThat(noKey.statusCode()).isEqualTo(422);
    assertThat(ControlPanelTest.fieldDiv(noKey.body(), "chain")).contains("data-rule=\"MATCHES_PENDING_KEY\"",
        "Fix: import the certificate the CA issued for this request");
    String withoutIntermediate = CsrSigning.issue(csr, intermediate, NAMES);
    HttpResponse<String> incomplete = post(c, "/panel/certificates/import", "Edge import", withoutIntermediate,
        Pem.write(List.of(root.certificate())));
    assertThat(incomplete.statusCode()).isEqualTo(422);
    assertThat(ControlPanelTest.fieldDiv(incomplete.body(), "chain")).contains("data-rule=\"CHAIN_COMPLETE\"",
        "append the CA&#39;s intermediate certificate");
    assertThat(incomplete.body()).contains("-----BEGIN CERTIFICATE-----"); // the pasted chain is kept
    assertThat(wizard.list()).anySatisfy(r -> assertThat(r.state()).isEqualTo(CertificateState.PENDING));

    HttpResponse<String> imported = post(c, "/panel/certificates/import", "Edge import",
        CsrSigning.issue(csr, intermediate, NAMES, intermediate.certificate()), Pem.write(List.of(root.certificate())));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
    assertThat(c.get(path).body()).contains("imported (ISSUED)", "Assign to the external edge (port 5269)");

    HttpResponse<String> confirm = c.get(path + "/assign?usage=EXTERNAL_EDGE");
    assertThat(confirm.body()).contains("Nothing is assigned there yet", "Yes, assign");
    assertThat(wizard.assignments()).doesNotContainKey(Usage.EXTERNAL_EDGE); // asking is not doing
    HttpResponse<String> assigned = c.post(path + "/assign", Map.of("usage", "EXTERNAL_EDGE"));
    assertThat(assigned.statusCode()).isEqualTo(303);
    assertThat(wizard.assignments()).containsEntry(Usage.EXTERNAL_EDGE, "Edge import");
    assertThat(dir.resolve("node/certs/external-edge/chain.pem")).exists();
    assertThat(c.get("/panel/certificates").body()).contains("assigned to EXTERNAL_EDGE (port 5269)");

    assertThat(c.get(path + "/remove").body()).contains("is assigned to [EXTERNAL_EDGE]").doesNotContain("Yes, remove");
    HttpResponse<String> removal = c.post(path + "/remove", Map.of());
    assertThat(removal.statusCode()).isEqualTo(409);
    assertThat(wizard.list()).anyMatch(r -> r.name().equals("Edge import"));

    c.get(path);
    HttpResponse<String> shortPassword = c.post(path + "/export", Map.of("format", "PKCS12", "password", "short"));
    assertThat(shortPassword.statusCode()).isEqualTo(422);
    assertThat(ControlPanelTest.fieldDiv(shortPassword.body(), "export-password")).contains("at least 8 characters");
    HttpResponse<byte[]> p12 = c.postForFile(path + "/export", Map.of("format", "PKCS12", "password", "export secret"));
    assertThat(p12.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Edge_import.p12\"");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(new ByteArrayInputStream(p12.body()), "export secret".toCharArray());
    assertThat(ks.getCertificateChain("edge import")).hasSize(2);
  }

  @Test
  void aNonExportableKeyIsNeverOfferedNorExportedAndAPendingOneCannotBeAssigned() throws Exception {
    PanelClient c = login("root");
    String csr = requested(c, request("Edge kept"));
    String path = "/panel/certificates/Edge%20kept";
    assertThat(c.get(path + "/assign?usage=INTERNAL_LINK").body()).contains("is pending: import the chain")
        .doesNotContain("Yes, assign");
    assertThat(c.post(path + "/assign", Map.of("usage", "INTERNAL_LINK")).statusCode()).isEqualTo(409);
    assertThat(post(c, "/panel/certificates/import", "", CsrSigning.issue(csr, root, NAMES),
        Pem.write(List.of(root.certificate()))).statusCode()).isEqualTo(303); // whichever request the key matches
    String page = c.get(path).body();
    assertThat(page).contains("id=\"not-exportable\"").doesNotContain("/export\"");
    HttpResponse<String> refused = c.post(path + "/export", Map.of("format", "PEM", "password", "export secret"));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("non-exportable private key");
    HttpResponse<String> stillPending = post(c, "/panel/certificates/import", "Edge kept", CsrSigning.issue(csr, root, NAMES), null);
    assertThat(stillPending.statusCode()).isEqualTo(409);
    assertThat(ControlPanelTest.fieldDiv(stillPending.body(), "name")).contains("is not pending (already issued)");
    assertThat(c.post(path + "/remove", Map.of()).statusCode()).isEqualTo(303);
    assertThat(wizard.list()).noneMatch(r -> r.name().equals("Edge kept"));
  }

  @Test
  void readOnlyAdministratorsSeeCertificatesButNoFormsAndTheirPostsAndForgedOnesAreRefused() {
    PanelClient admin = login("root");
    requested(admin, request("Edge viewed"));
    PanelClient c = login("viewer");
    assertThat(c.get("/panel/certificates").body()).contains("Edge viewed").doesNotContain("New request");
    String page = c.get("/panel/certificates/Edge%20viewed").body();
    assertThat(page).contains("BEGIN CERTIFICATE REQUEST").doesNotContain("import the chain it issues", "/remove\"");
    assertThat(c.get("/panel/certificates/new").body()).contains("read-only", " disabled")
        .doesNotContain("<button type=\"submit\">Create request");
    HttpResponse<String> refused = c.post("/panel/certificates/Edge%20viewed/remove", Map.of());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(c.post("/panel/certificates/new", request("Viewer request")).statusCode()).isEqualTo(403);
    admin.get("/panel/certificates/Edge%20viewed/remove");
    assertThat(admin.post("/panel/certificates/Edge%20viewed/remove", Map.of("csrf", "forged")).statusCode()).isEqualTo(403);
    assertThat(wizard.list()).anyMatch(r -> r.name().equals("Edge viewed")).noneMatch(r -> r.name().equals("Viewer request"));
  }

  private static Map<String, String> withExportable(Map<String, String> form) {
    form.put("exportable", "on");
    return form;
  }

  private static HttpResponse<String> post(PanelClient c, String path, String name, String chain, String anchors) {
    Map<String, String> form = new HashMap<>(Map.of("name", name, "chain", chain));
    if (anchors != null) form.put("trust-anchors", anchors);
    return c.post(path, form);
  }

  static {
    assertThat(Files.isExecutable(Path.of("/usr/bin/openssl"))).as("openssl verifies the CSR").isTrue();
  }
}
