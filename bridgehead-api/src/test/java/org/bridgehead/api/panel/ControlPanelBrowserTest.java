package org.bridgehead.api.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgehead.api.panel.PanelBrowser.shot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.ManagementApi;
import org.bridgehead.config.Negotiation;
import org.bridgehead.diagnostics.events.EventLog;
import org.bridgehead.diagnostics.events.EventType;
import org.bridgehead.diagnostics.events.Retention;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The panel in real Chromium (the Debian package, never a downloaded browser): an administrator logs in,
 * creates, edits and removes a partner, meets the SASL-needs-TLS refusal beside the field, and grants a
 * policy. Every page is kept as a screenshot in {@code target/panel-screenshots/}.
 */
class ControlPanelBrowserTest {
  private static final String PW = "a long enough password";
  private static final DomainBareJid FABRIKAM = JidCreate.domainBareFromOrThrowUnchecked("fabrikam.test");
  @TempDir static Path dir;
  static ManagementService m;
  static ManagementApi api;
  static PanelBrowser chromium;
  static Browser browser;
  static String origin;

  @BeforeAll
  static void start() throws Exception {
    m = ManagementService.open(StoreLocation.embedded(dir));
    m.administrators().create("root", AdminRole.ADMINISTRATOR, PW.toCharArray(), "test");
    m.topology().createSite(new Site("Redmond", "head office", 0), "test");
    m.policies().create(new ExternalAccessPolicy(PolicyIdentity.named("FedXmpp"), "XMPP federation", false, false, true,
        false, 0), "test");
    m.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", "Redmond"), null, "test");
    new EventLog(m.store().jdbi(), "node-1", Retention.DEFAULT, Clock.systemUTC())
        .record(EventType.PARTNER_REFUSED, "stranger.test", "contoso.test", "not a federated partner");
    api = ManagementApi.start(m, ApiSettings.listen(new InetSocketAddress("127.0.8.2", 0)));
    origin = "http://127.0.8.2:" + api.port();
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
  void anAdministratorManagesAPartnerMeetsTheMatrixAndGrantsAPolicy() {
    Page page = browser.newContext().newPage();
    page.navigate(origin + "/panel/");
    assertThat(page).hasURL(origin + "/panel/login");
    shot(page, "01-login");
    PanelBrowser.logIn(page, "root", PW);
    assertThat(page).hasURL(origin + "/panel/partners");
    assertThat(page.locator(".flash")).hasText("Logged in as root.");

    page.click("text=New partner");
    assertThat(page.locator("#field-f-sasl .default")).hasText("default: Required");
    shot(page, "02-partner-new");
    page.fill("#f-primaryDomain", "fabrikam.test");
    page.selectOption("#f-partnerType", "FEDERATED");
    page.fill("#f-description", "Fabrikam XMPP");
    page.click("button:has-text('Create partner')");
    assertThat(page).hasURL(origin + "/panel/partners/fabrikam.test");
    assertThat(page.locator(".flash")).hasText("Partner fabrikam.test created.");
    assertThat(page.locator("#field-f-dialback .warning")).containsText("matrix row 1");
    shot(page, "03-partner-created-with-warning");
    assertThat(m.partners().find(FABRIKAM)).isPresent(); // live: the store has it at once

    page.selectOption("#f-sasl", "OPTIONAL");
    page.fill("#f-proxyFqdn", "xmpp.fabrikam.test");
    page.click("button:has-text('Save changes')");
    assertThat(page.locator(".flash")).hasText("Partner fabrikam.test saved.");
    assertThat(m.partners().find(FABRIKAM).orElseThrow().value().proxyFqdn()).isEqualTo("xmpp.fabrikam.test");

    page.selectOption("#f-tls", "NOT_SUPPORTED");
    page.selectOption("#f-sasl", "REQUIRED");
    page.fill("#f-description", "typed, then refused");
    page.click("button:has-text('Save changes')");
    assertThat(page.locator("#field-f-sasl .error")).containsText("SASL requires TLS support");
    assertThat(page.locator(".refused")).containsText("Not saved.");
    assertThat(page.locator("#f-tls")).hasValue("NOT_SUPPORTED");
    assertThat(page.locator("#f-description")).hasValue("typed, then refused");
    shot(page, "04-partner-refused-sasl-needs-tls");
    var stored = m.partners().find(FABRIKAM).orElseThrow().value();
    assertThat(stored.tls()).isEqualTo(Negotiation.REQUIRED);
    assertThat(stored.description()).isEqualTo("Fabrikam XMPP");

    page.navigate(origin + "/panel/partners");
    shot(page, "05-partners");
    page.click("text=fabrikam.test");
    page.click("button:has-text('Remove partner')");
    assertThat(page).hasURL(origin + "/panel/partners");
    assertThat(page.locator(".flash")).hasText("Partner fabrikam.test removed.");
    assertThat(m.partners().find(FABRIKAM)).isEmpty();

    page.click("nav >> text=External access policies");
    page.selectOption("#grant-sipUri", "sip:alice@contoso.test");
    page.selectOption("#grant-policy", "FedXmpp");
    shot(page, "06-policies");
    page.click("button:has-text('Grant')");
    assertThat(page.locator(".flash")).hasText("Policy FedXmpp granted to sip:alice@contoso.test.");
    assertThat(m.users().find("sip:alice@contoso.test").orElseThrow().policy()).isEqualTo("FedXmpp");
    page.click("text=Tag:FedXmpp");
    shot(page, "07-policy-edit");

    String[][] rest = {{"sip-federation", "08-sip-federation"}, {"gateway", "09-gateway"}, {"topology", "10-topology"},
        {"users", "11-users"}, {"certificates", "12-certificates"}, {"status", "13-status"}, {"events", "14-event-log"}};
    for (String[] r : rest) {
      page.navigate(origin + "/panel/" + r[0]);
      assertThat(page.locator("nav a.current")).hasAttribute("href", "/panel/" + r[0]);
      shot(page, r[1]);
    }
    assertThat(page.locator("main table")).containsText("stranger.test");
    page.navigate(origin + "/panel/users");
    assertThat(page.locator("main table")).containsText("Tag:FedXmpp");

    page.click("button:has-text('Log out')");
    assertThat(page).hasURL(Pattern.compile(".*/panel/login$"));
    page.navigate(origin + "/panel/status");
    assertThat(page).hasURL(origin + "/panel/login");
  }

}
