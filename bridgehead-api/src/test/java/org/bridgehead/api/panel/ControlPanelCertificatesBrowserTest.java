package org.bridgehead.api.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgehead.api.panel.PanelBrowser.shot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.ManagementApi;
import org.bridgehead.certs.CertificateWizard;
import org.bridgehead.certs.Pem;
import org.bridgehead.certs.Usage;
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
 * The certificate wizard in real Chromium (the Debian package): an administrator requests a CSR, meets
 * the wildcard refusal, downloads the CSR, which a CA signs ({@link TestPki}), imports the chain, assigns
 * it to the external edge and sees it in the list. Screenshots go to {@code target/panel-screenshots/}.
 */
class ControlPanelCertificatesBrowserTest {
  private static final String PW = "a long enough password";
  @TempDir static Path dir;
  static ManagementService m;
  static CertificateWizard wizard;
  static ManagementApi api;
  static PanelBrowser chromium;
  static Browser browser;
  static String origin;

  @BeforeAll
  static void start() throws Exception {
    m = ManagementService.open(StoreLocation.embedded(dir.resolve("store")));
    m.administrators().create("root", AdminRole.ADMINISTRATOR, PW.toCharArray(), "test");
    m.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", null), null, "test");
    wizard = CertificateWizard.forDataDir(m.store(), dir.resolve("node"));
    api = ManagementApi.start(m, ApiSettings.listen(new InetSocketAddress("127.0.9.2", 0)).withCertificates(wizard));
    origin = "http://127.0.9.2:" + api.port();
    chromium = PanelBrowser.launch();
    browser = chromium.browser;
  }

  @AfterAll
  static void stop() {
    if (chromium != null) chromium.close();
    if (api != null) api.close();
    if (m != null) m.close();
  }

  @Test
  void anAdministratorRequestsImportsAndAssignsAnEdgeCertificate() throws Exception {
    Page page = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)).newPage();
    page.navigate(origin + "/panel/login");
    PanelBrowser.logIn(page, "root", PW);
    page.navigate(origin + "/panel/certificates");
    page.click("text=New request");
    assertThat(page.locator("#field-f-key-type .default")).hasText("default: RSA 2048");
    assertThat(page.locator("#plan")).containsText("contoso.test, sip.contoso.test");
    shot(page, "20-certificate-new");

    page.fill("#f-friendly-name", "Edge 2026");
    page.fill("#f-organization", "Contoso");
    page.fill("#f-unit", "IT");
    page.fill("#f-country", "US");
    page.fill("#f-xmpp-domain", "*.contoso.test");
    page.click("button:has-text('Create request')");
    assertThat(page.locator("#field-f-xmpp-domain .error")).containsText("wildcard certificates are not supported");
    assertThat(page.locator("#f-organization")).hasValue("Contoso");
    shot(page, "21-certificate-wildcard-refused");
    assertThat(wizard.list()).isEmpty();

    page.fill("#f-xmpp-domain", "contoso.test");
    page.click("button:has-text('Create request')");
    assertThat(page.locator(".flash")).containsText("'Edge 2026' requested (PENDING)");
    assertThat(page.locator("#csr")).containsText("-----BEGIN CERTIFICATE REQUEST-----");
    shot(page, "22-certificate-csr");
    Download download = page.waitForDownload(() -> page.click("text=Download CSR"));
    assertThat(download.suggestedFilename()).isEqualTo("Edge_2026.csr");
    String csr = Files.readString(download.path());
    assertThat(csr).isEqualTo(page.locator("#csr").textContent());
    CsrSigning.Openssl verify = CsrSigning.openssl(dir, csr, "-verify", "-noout");
    assertThat(verify.exit()).as(verify.out()).isZero();

    TestPki ca = TestPki.newCa("Panel browser CA");
    page.click("a:has-text('import the chain it issues')");
    assertThat(page.locator("#f-name")).hasValue("Edge 2026");
    page.fill("#f-chain", CsrSigning.issue(csr, ca, List.of("contoso.test", "sip.contoso.test")));
    page.fill("#f-trust-anchors", Pem.write(List.of(ca.certificate())));
    shot(page, "23-certificate-import");
    page.click("button:has-text('Import')");
    assertThat(page.locator(".flash")).containsText("'Edge 2026' imported (ISSUED)");
    shot(page, "24-certificate-issued");

    page.click("text=Assign to the external edge (port 5269)");
    assertThat(page.locator("#question")).containsText("Nothing is assigned there yet");
    shot(page, "25-certificate-assign-confirm");
    page.click("button:has-text('Yes, assign')");
    assertThat(page.locator(".flash")).containsText("assigned to EXTERNAL_EDGE (port 5269)");
    assertThat(page.locator("main table")).containsText("EXTERNAL_EDGE");
    shot(page, "26-certificates-assigned");
    assertThat(wizard.assignments()).containsEntry(Usage.EXTERNAL_EDGE, "Edge 2026");
    assertThat(dir.resolve("node/certs/external-edge/key.pem")).exists();
  }

}
