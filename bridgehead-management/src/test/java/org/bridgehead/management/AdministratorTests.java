package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.Administrator;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Administrator accounts: hashed passwords, roles, and the last administrator rule. */
public abstract class AdministratorTests extends StoreTestBase {
  private static final char[] PW = "correct horse battery".toCharArray();

  @Test
  void anAccountVerifiesOnlyWithItsPasswordAndNeverShowsTheHash() {
    assertThat(service.administrators().any()).isFalse();
    Administrator a = service.administrators().create("Root", AdminRole.ADMINISTRATOR, PW, ADMIN);
    assertThat(a).isEqualTo(new Administrator("Root", AdminRole.ADMINISTRATOR, 1));
    assertThat(service.administrators().verify("root", PW)).contains(a);
    assertThat(service.administrators().verify("root", "wrong password!!".toCharArray())).isEmpty();
    assertThat(service.administrators().verify("nobody", PW)).isEmpty();
    assertThat(service.auditLog().since(0)).allSatisfy(e -> assertThat(e.toString()).doesNotContain("pbkdf2"));
  }

  @Test
  void badAccountsAreRefusedWithEveryRule() {
    assertThatThrownBy(() -> service.administrators().create(" bad name", null, "short".toCharArray(), ADMIN))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field() + ":" + p.rule())
            .containsExactlyInAnyOrder("name:name", "role:required", "password:password-length"));
    service.administrators().create("root", AdminRole.ADMINISTRATOR, PW, ADMIN);
    assertThatThrownBy(() -> service.administrators().create("ROOT", AdminRole.READ_ONLY, PW, ADMIN))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(p -> p.rule()).containsExactly("unique"));
  }

  @Test
  void theLastAdministratorCanBeNeitherDemotedNorRemoved() {
    service.administrators().create("root", AdminRole.ADMINISTRATOR, PW, ADMIN);
    assertThatThrownBy(() -> service.administrators().update("root", AdminRole.READ_ONLY, null, 1, ADMIN))
        .hasMessageContaining("last-administrator");
    assertThatThrownBy(() -> service.administrators().remove("root", 1, ADMIN))
        .hasMessageContaining("last-administrator");
    service.administrators().create("second", AdminRole.ADMINISTRATOR, PW, ADMIN);
    Administrator demoted = service.administrators().update("root", AdminRole.READ_ONLY, "another long password".toCharArray(), 1, ADMIN);
    assertThat(demoted.role()).isEqualTo(AdminRole.READ_ONLY);
    assertThat(service.administrators().verify("root", "another long password".toCharArray())).isPresent();
    assertThatThrownBy(() -> service.administrators().remove("root", 1, ADMIN)).isInstanceOf(StaleUpdateException.class);
    service.administrators().remove("root", 2, ADMIN);
    assertThat(service.administrators().get(null)).extracting(Administrator::name).containsExactly("second");
  }
}
