package org.bridgehead.management.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.PolicyRepository;
import org.bridgehead.management.store.TopologyRepository;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.UserRepository;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.validation.Checks;

/** Local users (Get-/Set-CsUser's share of them) and their passwords for the embedded registrar. */
public final class UserService {
  private static final Pattern SIP_URI = Pattern.compile("sip:[^@\\s:;]+@[a-z0-9.-]+");

  private final ManagementStore store;
  private final UserRepository repo = new UserRepository();
  private final PolicyRepository policies = new PolicyRepository();
  private final TopologyRepository topology = new TopologyRepository();

  UserService(ManagementStore store) { this.store = store; }

  /** SIP URIs compare case-insensitively here; a missing scheme is added. */
  static String normalize(String sipUri) {
    String s = sipUri == null ? "" : sipUri.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("sip:") ? s : "sip:" + s;
  }

  public List<LocalUser> get(String filter) {
    return store.read(h -> repo.list(h).stream().filter(u -> Glob.matches(filter, u.sipUri())
        || Glob.matches(filter, u.sipUri().substring(4))).toList());
  }

  public Optional<LocalUser> find(String sipUri) { return store.read(h -> repo.find(h, normalize(sipUri))); }

  /** Adds a user; {@code password} may be null (no registrar login yet). */
  public LocalUser create(LocalUser user, char[] password, String actor) {
    LocalUser u = normalized(user);
    return store.write(actor, tx -> {
      Checks checks = validate(tx, u);
      checks.require(repo.find(tx.handle(), u.sipUri()).isEmpty(), "sipUri", "unique", u.sipUri() + " already exists");
      checks.throwIfAny();
      repo.insert(tx.handle(), u, UserSecrets.of(u.sipUri(), password));
      return audited(tx, null, u.sipUri(), ChangeAction.NEW);
    });
  }

  /** Replaces display name, site and granted policy; {@code user.version()} is the expected version. */
  public LocalUser update(LocalUser user, String actor) {
    LocalUser u = normalized(user);
    return store.write(actor, tx -> {
      LocalUser before = existing(tx, u.sipUri(), u.version());
      validate(tx, u).throwIfAny();
      repo.update(tx.handle(), u, u.version());
      return audited(tx, before, u.sipUri(), ChangeAction.SET);
    });
  }

  /** Sets (or with null clears) the registrar password. The audit log records only that it changed. */
  public LocalUser setPassword(String sipUri, char[] password, long expectedVersion, String actor) {
    String uri = normalize(sipUri);
    return store.write(actor, tx -> {
      LocalUser before = existing(tx, uri, expectedVersion);
      repo.setSecrets(tx.handle(), uri, UserSecrets.of(uri, password), expectedVersion);
      return audited(tx, before, uri, ChangeAction.SET);
    });
  }

  /** Whether the password is the user's; false for an unknown user or one without a password. */
  public boolean verifyPassword(String sipUri, char[] password) {
    return store.read(h -> repo.passwordHash(h, normalize(sipUri))).map(hash -> PasswordHasher.verify(password, hash))
        .orElse(false);
  }

  /**
   * The user's digest HA1 for {@code algorithm} ("MD5" or "SHA-256"), empty for an unknown user or one
   * whose password predates digest storage.
   */
  public Optional<String> digestHa1(String sipUri, String algorithm) {
    return store.read(h -> repo.digest(h, normalize(sipUri), algorithm));
  }

  public void remove(String sipUri, long expectedVersion, String actor) {
    String uri = normalize(sipUri);
    store.write(actor, tx -> {
      LocalUser before = existing(tx, uri, expectedVersion);
      repo.delete(tx.handle(), uri);
      tx.audit(Nouns.USER, uri, ChangeAction.REMOVE, before, null);
      return null;
    });
  }

  private static LocalUser normalized(LocalUser u) {
    return new LocalUser(normalize(u.sipUri()), u.displayName(), blankToNull(u.site()), blankToNull(u.policy()),
        false, u.version());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() || s.equalsIgnoreCase("none") ? null : s.strip();
  }

  private Checks validate(Tx tx, LocalUser u) {
    Checks checks = new Checks(Nouns.USER + " " + u.sipUri());
    checks.require(SIP_URI.matcher(u.sipUri()).matches(), "sipUri", "sip-uri", "'" + u.sipUri()
        + "' is not a SIP URI like sip:alice@contoso.test");
    if (u.site() != null) {
      checks.require(topology.site(tx.handle(), u.site()).isPresent(), "site", "site-exists",
          "site " + u.site() + " does not exist");
    }
    if (u.policy() != null) {
      checks.require(policies.find(tx.handle(), PolicyIdentity.named(u.policy())).isPresent(), "policy",
          "policy-exists", "no named external access policy " + u.policy());
    }
    return checks;
  }

  private LocalUser existing(Tx tx, String uri, long expected) {
    Optional<LocalUser> found = repo.find(tx.handle(), uri);
    Versions.expect(Nouns.USER, uri, found.map(LocalUser::version).orElse(null), expected);
    return found.get();
  }

  private LocalUser audited(Tx tx, LocalUser before, String uri, ChangeAction action) {
    LocalUser after = repo.find(tx.handle(), uri).orElseThrow();
    tx.audit(Nouns.USER, uri, action, before, after);
    return after;
  }
}
