package org.bridgehead.management.service;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.AdminRole;
import org.bridgehead.management.model.Administrator;
import org.bridgehead.management.store.AdministratorRepository;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.validation.Checks;

/**
 * Administrator accounts: created from the command line first (never a default password), then managed
 * by administrators. The store always keeps at least one account with the ADMINISTRATOR role.
 */
public final class AdministratorService {
  public static final int MIN_PASSWORD_LENGTH = 12;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

  private final ManagementStore store;
  private final AdministratorRepository repo = new AdministratorRepository();

  AdministratorService(ManagementStore store) { this.store = store; }

  public List<Administrator> get(String filter) {
    return store.read(h -> repo.list(h).stream().filter(a -> Glob.matches(filter, a.name())).toList());
  }

  public Optional<Administrator> find(String name) { return store.read(h -> repo.find(h, name)); }

  /** Whether any account exists (a node without one tells its operator to create one). */
  public boolean any() { return store.read(h -> !repo.list(h).isEmpty()); }

  public Administrator create(String name, AdminRole role, char[] password, String actor) {
    return store.write(actor, tx -> {
      Checks checks = validate(name, role, password, true);
      if (name != null) {
        checks.require(repo.find(tx.handle(), name).isEmpty(), "name", "unique", "administrator " + name + " already exists");
      }
      checks.throwIfAny();
      repo.insert(tx.handle(), new Administrator(name, role, 0), PasswordHasher.hash(password));
      return audited(tx, null, name, ChangeAction.NEW);
    });
  }

  /** Changes the role and, when {@code password} is not null, the password. */
  public Administrator update(String name, AdminRole role, char[] password, long expectedVersion, String actor) {
    return store.write(actor, tx -> {
      Administrator before = existing(tx, name, expectedVersion);
      Checks checks = validate(name, role, password, false);
      checks.require(role == AdminRole.ADMINISTRATOR || before.role() != AdminRole.ADMINISTRATOR
          || repo.countWithRole(tx.handle(), AdminRole.ADMINISTRATOR) > 1, "role", "last-administrator",
          "the last account with the administrator role cannot be demoted");
      checks.throwIfAny();
      repo.update(tx.handle(), new Administrator(name, role, 0), password == null ? null : PasswordHasher.hash(password),
          expectedVersion);
      return audited(tx, before, name, ChangeAction.SET);
    });
  }

  public void remove(String name, long expectedVersion, String actor) {
    store.write(actor, tx -> {
      Administrator before = existing(tx, name, expectedVersion);
      new Checks(Nouns.ADMINISTRATOR + " " + name).require(before.role() != AdminRole.ADMINISTRATOR
          || repo.countWithRole(tx.handle(), AdminRole.ADMINISTRATOR) > 1, "name", "last-administrator",
          "the last account with the administrator role cannot be removed").throwIfAny();
      repo.delete(tx.handle(), name);
      tx.audit(Nouns.ADMINISTRATOR, before.name(), ChangeAction.REMOVE, before, null);
      return null;
    });
  }

  /** The account's role when the password is right; empty for a wrong password or an unknown name. */
  public Optional<Administrator> verify(String name, char[] password) {
    if (name == null || password == null) return Optional.empty();
    return store.read(h -> repo.passwordHash(h, name).filter(hash -> PasswordHasher.verify(password, hash))
        .flatMap(hash -> repo.find(h, name)));
  }

  private static Checks validate(String name, AdminRole role, char[] password, boolean passwordRequired) {
    Checks checks = new Checks(Nouns.ADMINISTRATOR + " " + name);
    checks.require(name != null && NAME.matcher(name.strip()).matches(), "name", "name",
        "an administrator name is 1-100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
    checks.require(role != null, "role", "required", "role is required (administrator or read-only)");
    if (password != null || passwordRequired) {
      checks.require(password != null && password.length >= MIN_PASSWORD_LENGTH, "password", "password-length",
          "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    return checks;
  }

  private Administrator existing(Tx tx, String name, long expected) {
    Optional<Administrator> found = repo.find(tx.handle(), name);
    Versions.expect(Nouns.ADMINISTRATOR, name, found.map(Administrator::version).orElse(null), expected);
    return found.get();
  }

  private Administrator audited(Tx tx, Administrator before, String name, ChangeAction action) {
    Administrator after = repo.find(tx.handle(), name).orElseThrow();
    tx.audit(Nouns.ADMINISTRATOR, after.name(), action, before, after);
    return after;
  }
}
