package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.management.audit.AuditEntry;
import org.bridgehead.management.model.AccessEdgeSettings;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.VerificationLevel;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.Problem;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Local users and passwords; global gateway and access edge settings. */
public abstract class UserAndSettingsTests extends StoreTestBase {

  @Test
  void usersAreValidatedAndPasswordsOnlyHashed() {
    assertThatThrownBy(() -> service.users().create(LocalUser.of("alice", "A", "Nowhere"), null, ADMIN))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::rule)
            .containsExactlyInAnyOrder("sip-uri", "site-exists"));
    LocalUser alice = service.users().create(LocalUser.of("sip:Alice@contoso.test", "Alice", null),
        "s3cret-Pass".toCharArray(), ADMIN);
    assertThat(alice.sipUri()).isEqualTo("sip:alice@contoso.test");
    assertThat(alice.hasPassword()).isTrue();
    assertThat(service.users().verifyPassword("sip:alice@contoso.test", "s3cret-Pass".toCharArray())).isTrue();
    assertThat(service.users().verifyPassword("sip:alice@contoso.test", "wrong".toCharArray())).isFalse();
    String hash = service.store().read(h -> h.createQuery("SELECT password_hash FROM local_user").mapTo(String.class).one());
    assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("s3cret");
    // RFC 7616 HA1 for the registrar: MD5("alice:contoso.test:s3cret-Pass"), SHA-256 likewise
    assertThat(service.users().digestHa1("sip:alice@contoso.test", "MD5"))
        .contains(md5Hex("alice:contoso.test:s3cret-Pass"));
    assertThat(service.users().digestHa1("sip:alice@contoso.test", "SHA-256")).get().asString().hasSize(64);
    assertThat(service.auditLog().forObject("user", "sip:alice@contoso.test"))
        .extracting(AuditEntry::afterJson).noneMatch(j -> j.contains("pbkdf2") || j.contains("s3cret"));
    assertThatThrownBy(() -> service.users().create(LocalUser.of("sip:alice@contoso.test", "Again", null), null, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");

    LocalUser renamed = service.users().update(new LocalUser("sip:alice@contoso.test", "Alice B", null, null, false, 1), ADMIN);
    assertThat(renamed.displayName()).isEqualTo("Alice B");
    assertThat(renamed.hasPassword()).isTrue(); // an update keeps the password
    assertThatThrownBy(() -> service.users().remove("sip:alice@contoso.test", 1, ADMIN)).isInstanceOf(StaleUpdateException.class);
    service.users().setPassword("sip:alice@contoso.test", null, 2, ADMIN);
    assertThat(service.users().verifyPassword("sip:alice@contoso.test", "s3cret-Pass".toCharArray())).isFalse();
    assertThat(service.users().digestHa1("sip:alice@contoso.test", "MD5")).isEmpty();
    service.users().remove("sip:alice@contoso.test", 3, ADMIN);
    assertThat(service.users().get("*contoso*")).isEmpty();
  }

  @Test
  void gatewaySettingsHaveDefaultsAndRanges() {
    var stored = service.settings().gateway();
    assertThat(stored.value()).isEqualTo(GatewaySettings.DEFAULTS);
    assertThat(stored.version()).isEqualTo(1);
    GatewaySettings bad = new GatewaySettings(0, 20, "short", false, Duration.ofSeconds(1), Duration.ofSeconds(60),
        Duration.ofSeconds(600), Duration.ofSeconds(28800));
    assertThatThrownBy(() -> service.settings().setGateway(bad, 1, ADMIN)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::field)
            .contains("connectionLimit", "perPartnerConnectionLimit", "dialbackSecret", "keepAliveInterval"));
    GatewaySettings good = new GatewaySettings(500, 10, "a-long-enough-dialback-secret", true, Duration.ofSeconds(120),
        Duration.ofSeconds(30), Duration.ofSeconds(900), Duration.ofSeconds(3600));
    assertThat(service.settings().setGateway(good, 1, ADMIN).version()).isEqualTo(2);
    assertThat(service.settings().gateway().value()).isEqualTo(good);
    assertThatThrownBy(() -> service.settings().setGateway(good, 1, ADMIN)).isInstanceOf(StaleUpdateException.class);
  }

  @Test
  void accessEdgeSettings() {
    AccessEdgeSettings defaults = service.settings().accessEdge();
    assertThat(defaults).isEqualTo(AccessEdgeSettings.DEFAULTS.withVersion(1));
    AccessEdgeSettings on = new AccessEdgeSettings(false, true, true, true, VerificationLevel.ALWAYS_UNVERIFIABLE, false, 1);
    assertThat(service.settings().setAccessEdge(on, ADMIN)).isEqualTo(on.withVersion(2));
    assertThat(service.settings().accessEdge()).isEqualTo(on.withVersion(2));
    assertThatThrownBy(() -> service.settings().setAccessEdge(on, ADMIN)).isInstanceOf(StaleUpdateException.class);
  }

  private static String md5Hex(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
