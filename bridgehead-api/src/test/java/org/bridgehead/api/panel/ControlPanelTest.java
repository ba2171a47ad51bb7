package org.bridgehead.api.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.bridgehead.api.ApiSettings;
import org.bridgehead.api.ManagementApi;
import org.bridgehead.config.Negotiation;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/** The panel over real HTTP on loopback: login, session cookie, CSRF, roles, refusals beside fields, live changes. */
class ControlPanelTest {
  private static final String PW = "a long enough password";
  @TempDir static Path dir;
  static ManagementService m;
  static ManagementApi api;
  static String origin;

  @BeforeAll
  static void start() {
    m = ManagementService.open(StoreLocation.embedded(dir));
    m.administrators().create("root", AdminRole.ADMINISTRATOR, PW.toCharArray(), "test");
    m.administrators().create("viewer", AdminRole.READ_ONLY, PW.toCharArray(), "test");
    api = ManagementApi.start(m, ApiSettings.listen(new InetSocketAddress("127.0.8.1", 0)));
    origin = "http://127.0.8.1:" + api.port();
  }

  @AfterAll
  static void stop() {
    api.close();
    m.close();
  }

  static PanelClient admin() {
    PanelClient c = new PanelClient(origin);
    assertThat(c.login("root", PW).statusCode()).isEqualTo(303);
    return c;
  }

  @Test
  void loginStartsANewHttpOnlyStrictSessionAndLogoutEndsIt() {
    PanelClient c = new PanelClient(origin);
    HttpResponse<String> anonymous = c.get("/panel/partners");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/panel/login");
    HttpResponse<String> form = c.get("/panel/login");
    assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict", "Path=/panel");
    assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    String before = c.cookie();
    HttpResponse<String> wrong = c.post("/panel/login", Map.of("name", "root", "password", "not the password"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong name or password");
    HttpResponse<String> ok = c.post("/panel/login", Map.of("name", "root", "password", PW));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(c.cookie()).isNotEqualTo(before); // no session fixation
    HttpResponse<String> page = c.get("/panel/partners");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Logged in as root", "root (administrator)");
    assertThat(c.post("/panel/logout", Map.of()).statusCode()).isEqualTo(303);
    assertThat(c.get("/panel/partners").statusCode()).isEqualTo(303);
  }

  @Test
  void aPostWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
    PanelClient c = admin();
    c.get("/panel/partners/new");
    HttpResponse<String> forged = c.post("/panel/partners/new", Map.of("csrf", "forged", "primaryDomain", "csrf.test"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("security token");
    PanelClient other = admin(); // another session's token is no good either
    HttpResponse<String> foreign = c.post("/panel/partners/new", Map.of("csrf", other.csrf(), "primaryDomain", "csrf.test"));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("csrf.test"))).isEmpty();
  }

  @Test
  void readOnlyAdministratorsSeeEverythingButChangeNothing() {
    PanelClient c = new PanelClient(origin);
    assertThat(c.login("viewer", PW).statusCode()).isEqualTo(303);
    HttpResponse<String> list = c.get("/panel/partners/new");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("read-only", " disabled").doesNotContain("<button type=\"submit\">Create partner");
    HttpResponse<String> refused = c.post("/panel/partners/new", Map.of("primaryDomain", "viewer.test", "tls", "REQUIRED",
        "sasl", "REQUIRED"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("viewer has the read-only role");
    assertThat(m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("viewer.test"))).isEmpty();
    assertThat(c.post("/panel/logout", Map.of()).statusCode()).isEqualTo(303); // logging out is allowed
  }

  @Test
  void saslRequiredWithoutTlsIsRefusedBesideTheFieldWithTheValuesKept() {
    PanelClient c = admin();
    c.get("/panel/partners/new");
    Map<String, String> form = partner("refused.test", "NOT_SUPPORTED", "REQUIRED");
    form.put("description", "typed by hand");
    form.put("connectionLimit", "many");
    HttpResponse<String> r = c.post("/panel/partners/new", form);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("<span class=\"error\" data-rule=\"number\">&#39;many&#39; is not a whole number");
    form.put("connectionLimit", "");
    r = c.post("/panel/partners/new", form);
    assertThat(r.statusCode()).isEqualTo(422);
    String sasl = fieldDiv(r.body(), "sasl");
    assertThat(sasl).contains("data-rule=\"sasl-requires-tls\"", "SASL");
    assertThat(r.body()).contains("value=\"typed by hand\"", "value=\"refused.test\"", "<option value=\"NOT_SUPPORTED\" selected>");
    assertThat(m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("refused.test"))).isEmpty();
  }

  @Test
  void aCreatedPartnerIsLiveAuditedAndItsWarningsShownBesideTheirFields() {
    PanelClient c = admin();
    c.get("/panel/partners/new");
    HttpResponse<String> created = c.post("/panel/partners/new", partner("live.test", "REQUIRED", "REQUIRED"));
    assertThat(created.statusCode()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location")).hasValue("/panel/partners/live.test");
    var stored = m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("live.test")).orElseThrow();
    assertThat(stored.value().sasl()).isEqualTo(Negotiation.REQUIRED);
    assertThat(m.auditLog().since(0)).anySatisfy(e -> {
      assertThat(e.objectId()).isEqualTo("live.test");
      assertThat(e.actor()).isEqualTo("panel:root");
    });
    HttpResponse<String> edit = c.get("/panel/partners/live.test");
    assertThat(fieldDiv(edit.body(), "dialback")).contains("class=\"warning\" data-rule=\"dialback-unused\"");
    Map<String, String> change = partner("live.test", "REQUIRED", "OPTIONAL");
    change.put("version", Long.toString(stored.version()));
    assertThat(c.post("/panel/partners/live.test", change).statusCode()).isEqualTo(303);
    assertThat(m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("live.test")).orElseThrow().value().sasl())
        .isEqualTo(Negotiation.OPTIONAL);
    HttpResponse<String> stale = c.post("/panel/partners/live.test", change); // the old version again
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("changed by someone else");
    long now = m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("live.test")).orElseThrow().version();
    assertThat(c.post("/panel/partners/live.test/remove", Map.of("version", Long.toString(now))).statusCode()).isEqualTo(303);
    assertThat(m.partners().find(JidCreate.domainBareFromOrThrowUnchecked("live.test"))).isEmpty();
  }

  @Test
  void aNamedPolicyIsGrantedToAUser() {
    m.policies().create(new ExternalAccessPolicy(PolicyIdentity.named("PanelXmpp"), "", false, false, true, false, 0), "test");
    m.users().create(LocalUser.of("sip:grant@contoso.test", "Grant", null), null, "test");
    PanelClient c = admin();
    c.get("/panel/policies");
    HttpResponse<String> unknown = c.post("/panel/policies/grant", Map.of("sipUri", "sip:grant@contoso.test",
        "policy", "NoSuchPolicy"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(fieldDiv(unknown.body(), "grant-policy")).contains("no named external access policy NoSuchPolicy");
    HttpResponse<String> granted = c.post("/panel/policies/grant", Map.of("sipUri", "sip:grant@contoso.test",
        "policy", "PanelXmpp"));
    assertThat(granted.statusCode()).isEqualTo(303);
    assertThat(m.users().find("sip:grant@contoso.test").orElseThrow().policy()).isEqualTo("PanelXmpp");
    assertThat(c.get("/panel/users").body()).contains("Tag:PanelXmpp");
  }

  @Test
  void everyPageRendersAndOutOfRangeGatewaySettingsAreRefusedBesideTheirFields() {
    PanelClient c = admin();
    for (Layout.Section s : Layout.SECTIONS) {
      HttpResponse<String> r = c.get("/panel" + s.path());
      assertThat(r.statusCode()).as(s.path()).isEqualTo(200);
      assertThat(r.body()).as(s.path()).contains("<h1>");
    }
    assertThat(c.get("/panel/status").body()).contains("id=\"change-id\">" + m.lastChangeId() + "<");
    c.get("/panel/gateway");
    Map<String, String> g = new HashMap<>(Map.of("version", Long.toString(m.settings().gateway().version()),
        "connectionLimit", "1000", "perPartnerConnectionLimit", "20", "keepAliveInterval", "1",
        "streamEstablishmentTimeout", "60", "streamInactivityTimeout", "600", "subscriptionRefreshInterval", "28800"));
    HttpResponse<String> r = c.post("/panel/gateway", g);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(fieldDiv(r.body(), "keepAliveInterval")).contains("must be between 10 and 3600 seconds");
    assertThat(c.get("/panel/events?limit=zero").body()).contains("not a whole number");
    assertThat(c.get("/panel/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void aRemovedAdministratorsSessionEnds() {
    m.administrators().create("leaver", AdminRole.ADMINISTRATOR, PW.toCharArray(), "test");
    PanelClient c = new PanelClient(origin);
    assertThat(c.login("leaver", PW).statusCode()).isEqualTo(303);
    assertThat(c.get("/panel/status").statusCode()).isEqualTo(200);
    m.administrators().remove("leaver", m.administrators().find("leaver").orElseThrow().version(), "test");
    assertThat(c.get("/panel/status").statusCode()).isEqualTo(303);
  }

  private static Map<String, String> partner(String domain, String tls, String sasl) {
    return new HashMap<>(Map.of("primaryDomain", domain, "partnerType", "FEDERATED", "tls", tls, "sasl", sasl,
        "dialback", "on", "keepAlive", "on"));
  }

  /** The HTML of one field's row: what the page shows beside the field. */
  static String fieldDiv(String html, String field) {
    int start = html.indexOf("id=\"field-" + (field.contains("-") ? field : "f-" + field) + "\"");
    assertThat(start).as("field " + field + " on the page").isNotNegative();
    return html.substring(start, html.indexOf("</div>", start));
  }
}
