package org.bridgehead.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on loopback: authentication, roles, every problem kind, what-if, each area. */
class ManagementApiTest {
  private static final String PW = "a long enough password";
  @TempDir static Path dir;
  static ManagementService m;
  static ManagementApi api;
  static ApiClient admin;
  static ApiClient viewer;

  @BeforeAll
  static void start() {
    m = ManagementService.open(StoreLocation.embedded(dir));
    m.administrators().create("root", AdminRole.ADMINISTRATOR, PW.toCharArray(), "test");
    m.administrators().create("viewer", AdminRole.READ_ONLY, PW.toCharArray(), "test");
    api = ManagementApi.start(m, ApiSettings.listen(new InetSocketAddress("127.0.1.1", 0)));
    admin = new ApiClient(api.baseUrl(), "root", PW);
    viewer = new ApiClient(api.baseUrl(), "viewer", PW);
  }

  @AfterAll
  static void stop() {
    api.close();
    m.close();
  }

  @Test
  void healthNeedsNoLoginEverythingElseDoes() {
    assertThat(new ApiClient(api.baseUrl(), null, null).get("/health").json().get("status").asText()).isEqualTo("up");
    var anonymous = new ApiClient(api.baseUrl(), null, null).get("/xmpp-partners");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(anonymous.json().get("type").asText()).endsWith("/unauthorized");
    assertThat(new ApiClient(api.baseUrl(), "root", "wrong password").get("/xmpp-partners").status()).isEqualTo(401);
  }

  @Test
  void readOnlyMayLookButNotChange() {
    assertThat(viewer.get("/xmpp-partners").status()).isEqualTo(200);
    var refused = viewer.post("/sites", "{\"name\":\"Viewers\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("detail").asText()).contains("read-only");
    assertThat(viewer.get("/administrators").status()).isEqualTo(403);
    assertThat(admin.get("/sites/Viewers").status()).isEqualTo(404);
  }

  @Test
  void partnerLifecycleWithVersionsWarningsAndStaleUpdates() {
    var created = admin.post("/xmpp-partners", """
        {"primaryDomain":"fabrikam.test","partnerType":"federated","tls":"optional","sasl":"required",
         "additionalDomains":["corp.fabrikam.test"]}""");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.raw().headers().firstValue("Location")).contains("/api/v1/xmpp-partners/fabrikam.test");
    assertThat(created.json().get("version").asLong()).isEqualTo(1);
    assertThat(created.json().get("dialback").asBoolean()).isTrue(); // Lync's default
    assertThat(created.json().get("warnings").get(0).get("message").asText()).contains("TLS Optional");

    assertThat(admin.get("/xmpp-partners?filter=*.fabrikam.test").json()).hasSize(1);
    var updated = admin.put("/xmpp-partners/fabrikam.test", "{\"version\":1,\"description\":\"Fabrikam\"}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("version").asLong()).isEqualTo(2);
    assertThat(updated.json().get("sasl").asText()).isEqualTo("REQUIRED"); // left out, kept

    var stale = admin.put("/xmpp-partners/fabrikam.test", "{\"version\":1,\"description\":\"lost?\"}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asText()).endsWith("/stale-update");
    assertThat(stale.json().get("actualVersion").asLong()).isEqualTo(2);

    assertThat(admin.delete("/xmpp-partners/fabrikam.test").status()).isEqualTo(204);
    assertThat(admin.get("/xmpp-partners/fabrikam.test").status()).isEqualTo(404);
  }

  @Test
  void validationFailuresNameTheFieldAndTheRuleAndSaveNothing() {
    var refused = admin.post("/xmpp-partners",
        "{\"primaryDomain\":\"refused.test\",\"tls\":\"NotSupported\",\"sasl\":\"required\"}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("type").asText()).isEqualTo("https://bridgehead.dev/problems/validation");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("sasl");
    assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("SASL requires TLS");
    assertThat(admin.get("/xmpp-partners/refused.test").status()).isEqualTo(404);

    var badEnum = admin.post("/xmpp-partners", "{\"primaryDomain\":\"x.test\",\"partnerType\":\"friendly\"}");
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.json().get("field").asText()).isEqualTo("partnerType");
    assertThat(admin.post("/xmpp-partners", "{not json").status()).isEqualTo(400);
    assertThat(admin.put("/sites/none", "{\"description\":\"no version\"}").status()).isIn(400, 404);
    var noVersion = admin.post("/sites", "{\"name\":\"Versionless\"}");
    assertThat(admin.put("/sites/Versionless", "{\"description\":\"x\"}").json().get("field").asText()).isEqualTo("version");
    assertThat(noVersion.status()).isEqualTo(201);
    assertThat(admin.get("/no-such-thing").status()).isEqualTo(404);
  }

  @Test
  void whatIfChecksButKeepsNothing() {
    var whatIf = admin.post("/xmpp-partners?whatIf=true", "{\"primaryDomain\":\"maybe.test\"}");
    assertThat(whatIf.status()).isEqualTo(200);
    assertThat(whatIf.json().get("whatIf").asBoolean()).isTrue();
    assertThat(whatIf.json().get("changes").get(0).get("objectId").asText()).isEqualTo("maybe.test");
    assertThat(admin.get("/xmpp-partners/maybe.test").status()).isEqualTo(404);
    assertThat(admin.post("/xmpp-partners?whatIf=true",
        "{\"primaryDomain\":\"maybe.test\",\"tls\":\"not_supported\",\"sasl\":\"optional\"}").status()).isEqualTo(422);
  }

  @Test
  void policiesGrantsAndTheEffectivePolicy() {
    assertThat(admin.post("/external-access-policies", """
        {"identity":"FedXmpp","enableFederationAccess":true,"enableXmppAccess":true}""").status()).isEqualTo(201);
    var user = admin.post("/users", "{\"sipUri\":\"sip:alice@contoso.test\",\"displayName\":\"Alice\",\"password\":\"secret-for-sip\"}");
    assertThat(user.status()).isEqualTo(201);
    assertThat(user.json().get("hasPassword").asBoolean()).isTrue();
    assertThat(user.json().has("password")).isFalse();
    assertThat(admin.get("/users/sip:alice@contoso.test/effective-policy").json().get("source").asText()).isEqualTo("GLOBAL");
    assertThat(admin.put("/users/sip:alice@contoso.test/policy", "{\"policy\":\"FedXmpp\"}").status()).isEqualTo(200);
    var effective = admin.get("/users/sip:alice@contoso.test/effective-policy").json();
    assertThat(effective.get("policy").get("identity").asText()).isEqualTo("Tag:FedXmpp");
    assertThat(effective.get("policy").get("enableXmppAccess").asBoolean()).isTrue();
    assertThat(admin.put("/users/sip:alice@contoso.test/policy", "{\"policy\":null}").json().get("policy").isNull()).isTrue();
    assertThat(admin.post("/external-access-policies/FedXmpp/grant-all", "{}").json().get("granted").asInt()).isEqualTo(1);
    assertThat(admin.delete("/external-access-policies/Global").status()).isEqualTo(204);
    assertThat(admin.get("/external-access-policies/Global").status()).isEqualTo(200);
  }

  @Test
  void gatewaySettingsNeverShowTheDialbackSecret() {
    var current = admin.get("/xmpp-gateway-config").json();
    var set = admin.put("/xmpp-gateway-config", "{\"version\":" + current.get("version").asLong()
        + ",\"dialbackSecret\":\"0123456789abcdef0123\",\"keepAliveInterval\":\"PT120S\"}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.json().get("dialbackSecret").isNull()).isTrue();
    assertThat(set.json().get("dialbackSecretSet").asBoolean()).isTrue();
    assertThat(m.settings().gateway().value().dialbackSecret()).isEqualTo("0123456789abcdef0123");
    assertThat(admin.get("/xmpp-gateway-config").toString()).doesNotContain("0123456789abcdef0123");
    assertThat(admin.get("/audit-log?limit=50").json().toString()).doesNotContain("pbkdf2");
  }

  @Test
  void topologyAndRoutes() {
    assertThat(admin.post("/sites", "{\"name\":\"Redmond\"}").status()).isEqualTo(201);
    assertThat(admin.post("/edge-pools", "{\"fqdn\":\"edge.contoso.test\",\"site\":\"Redmond\",\"xmppFederationEnabled\":true}").status()).isEqualTo(201);
    var route = admin.put("/xmpp-federation-routes/Redmond", "{\"pool\":\"edge.contoso.test\"}");
    assertThat(route.status()).isEqualTo(200);
    var topology = admin.get("/topology").json();
    assertThat(topology.get("routes").get(0).get("pool").asText()).isEqualTo("edge.contoso.test");
    assertThat(admin.put("/topology", topology.toString()).status()).isEqualTo(200);
    assertThat(admin.delete("/xmpp-federation-routes/Redmond").status()).isEqualTo(204);
    var audit = admin.get("/audit-log?since=0&limit=1000").json();
    assertThat(audit.toString()).contains("api:root").contains("xmpp-federation-route");
  }

  @Test
  void administratorsManageAccounts() {
    var created = admin.post("/administrators", "{\"name\":\"ops\",\"role\":\"read-only\",\"password\":\"" + PW + "\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().toString()).doesNotContain(PW);
    assertThat(new ApiClient(api.baseUrl(), "ops", PW).get("/sites").status()).isEqualTo(200);
    assertThat(admin.put("/administrators/ops", "{\"version\":1,\"role\":\"administrator\"}").json().get("role").asText())
        .isEqualTo("ADMINISTRATOR");
    assertThat(admin.delete("/administrators/ops").status()).isEqualTo(204);
    assertThat(new ApiClient(api.baseUrl(), "ops", PW).get("/sites").status()).isEqualTo(401);
  }
}
