package org.bridgehead.management.service;

import java.util.List;
import java.util.Optional;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.PolicyScope;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.PolicyRepository;
import org.bridgehead.management.store.TopologyRepository;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.UserRepository;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.validation.Checks;
import org.bridgehead.management.validation.NotFoundException;

/** New-/Set-/Get-/Remove-/Grant-CsExternalAccessPolicy, and the effective policy of a user. */
public final class PolicyService {
  private final ManagementStore store;
  private final PolicyRepository repo = new PolicyRepository();
  private final UserRepository users = new UserRepository();
  private final TopologyRepository topology = new TopologyRepository();

  PolicyService(ManagementStore store) { this.store = store; }

  /** Policies whose identity ({@code Global}, {@code Site:X}, {@code Tag:X}) matches the glob. */
  public List<ExternalAccessPolicy> get(String filter) {
    return store.read(h -> repo.list(h).stream().filter(p -> Glob.matches(filter, p.identity().toString())
        || Glob.matches(filter, p.identity().name())).toList());
  }

  public Optional<ExternalAccessPolicy> find(PolicyIdentity identity) { return store.read(h -> repo.find(h, identity)); }

  /** Adds a site or named policy; the global one always exists (update or reset it instead). */
  public ExternalAccessPolicy create(ExternalAccessPolicy policy, String actor) {
    return store.write(actor, tx -> {
      PolicyIdentity id = policy.identity();
      Checks checks = new Checks(Nouns.POLICY + " " + id);
      checks.require(id.scope() != PolicyScope.GLOBAL, "identity", "global-exists",
          "the global policy always exists; set or reset it instead");
      if (id.scope() != PolicyScope.GLOBAL) checks.required(id.name(), "identity");
      if (id.scope() == PolicyScope.USER) {
        checks.require(!id.name().contains(":") && !id.name().equalsIgnoreCase("none")
            && !id.name().equalsIgnoreCase("global"), "identity", "policy-name",
            "a named policy may not contain ':' nor be called 'none' or 'global'");
      }
      if (id.scope() == PolicyScope.SITE && !id.name().isBlank()) {
        checks.require(topology.site(tx.handle(), id.name()).isPresent(), "identity", "site-exists",
            "site " + id.name() + " does not exist");
      }
      checks.require(repo.find(tx.handle(), id).isEmpty(), "identity", "unique",
          id.scope() == PolicyScope.SITE ? "site " + id.name() + " already has a policy" : id + " already exists");
      checks.throwIfAny();
      repo.insert(tx.handle(), policy);
      return audited(tx, null, id, ChangeAction.NEW);
    });
  }

  /** Replaces a policy's flags and description; {@code policy.version()} is the expected version. */
  public ExternalAccessPolicy update(ExternalAccessPolicy policy, String actor) {
    return store.write(actor, tx -> {
      ExternalAccessPolicy before = existing(tx, policy.identity(), policy.version());
      repo.update(tx.handle(), policy, policy.version());
      return audited(tx, before, policy.identity(), ChangeAction.SET);
    });
  }

  /** Removes a site or named policy. The global policy cannot be removed; a granted named policy neither. */
  public void remove(PolicyIdentity identity, long expectedVersion, String actor) {
    store.write(actor, tx -> {
      Checks checks = new Checks(Nouns.POLICY + " " + identity);
      checks.require(identity.scope() != PolicyScope.GLOBAL, "identity", "global-undeletable",
          "the global policy cannot be removed; reset it instead").throwIfAny();
      ExternalAccessPolicy before = existing(tx, identity, expectedVersion);
      int granted = users.countWithPolicy(tx.handle(), identity.key());
      checks.require(granted == 0, "identity", "in-use",
          identity + " is granted to " + granted + " user(s); unassign it first").throwIfAny();
      repo.delete(tx.handle(), identity);
      tx.audit(Nouns.POLICY, identity.toString(), ChangeAction.REMOVE, before, null);
      return null;
    });
  }

  /** Puts the global policy back to Lync's defaults (everything off), as Remove-CsExternalAccessPolicy Global does. */
  public ExternalAccessPolicy resetGlobal(long expectedVersion, String actor) {
    return store.write(actor, tx -> {
      ExternalAccessPolicy before = existing(tx, PolicyIdentity.GLOBAL, expectedVersion);
      repo.update(tx.handle(), ExternalAccessPolicy.defaults(PolicyIdentity.GLOBAL), expectedVersion);
      return audited(tx, before, PolicyIdentity.GLOBAL, ChangeAction.RESET);
    });
  }

  /** Grants a named policy to one user ({@code policyName} null or "none" unassigns). */
  public LocalUser grant(String sipUri, String policyName, long expectedUserVersion, String actor) {
    return store.write(actor, tx -> grant(tx, UserService.normalize(sipUri), policyName, expectedUserVersion));
  }

  /**
   * Grants a named policy to every user (the seed's {@code Get-CsUser | Grant-CsExternalAccessPolicy}). It
   * applies to the users as they are at commit, so it carries no versions; returns how many were granted.
   */
  public int grantToAll(String policyName, String actor) {
    return store.write(actor, tx -> {
      List<LocalUser> all = users.list(tx.handle());
      for (LocalUser u : all) grant(tx, u.sipUri(), policyName, u.version());
      return all.size();
    });
  }

  /** The policy that governs the user: the granted one, else the site's, else the global one. */
  public EffectivePolicy effectivePolicy(String sipUri) {
    String uri = UserService.normalize(sipUri);
    return store.read(h -> {
      LocalUser u = users.find(h, uri).orElseThrow(() -> new NotFoundException(Nouns.USER, uri));
      if (u.policy() != null) {
        return new EffectivePolicy(uri, repo.find(h, PolicyIdentity.named(u.policy())).orElseThrow(), PolicyScope.USER);
      }
      if (u.site() != null) {
        Optional<ExternalAccessPolicy> site = repo.find(h, PolicyIdentity.site(u.site()));
        if (site.isPresent()) return new EffectivePolicy(uri, site.get(), PolicyScope.SITE);
      }
      return new EffectivePolicy(uri, repo.find(h, PolicyIdentity.GLOBAL).orElseThrow(), PolicyScope.GLOBAL);
    });
  }

  private LocalUser grant(Tx tx, String uri, String policyName, long expectedUserVersion) {
    Optional<LocalUser> before = users.find(tx.handle(), uri);
    Versions.expect(Nouns.USER, uri, before.map(LocalUser::version).orElse(null), expectedUserVersion);
    String name = policyName == null || policyName.isBlank() || policyName.equalsIgnoreCase("none") ? null
        : PolicyIdentity.parse(policyName).name();
    if (name != null) {
      new Checks(Nouns.USER + " " + uri).require(repo.find(tx.handle(), PolicyIdentity.named(name)).isPresent(),
          "policy", "policy-exists", "no named external access policy " + name).throwIfAny();
    }
    users.update(tx.handle(), before.get().withPolicy(name), expectedUserVersion);
    LocalUser after = users.find(tx.handle(), uri).orElseThrow();
    tx.audit(Nouns.USER, uri, ChangeAction.GRANT, before.get(), after);
    return after;
  }

  private ExternalAccessPolicy existing(Tx tx, PolicyIdentity id, long expected) {
    Optional<ExternalAccessPolicy> found = repo.find(tx.handle(), id);
    Versions.expect(Nouns.POLICY, id.toString(), found.map(ExternalAccessPolicy::version).orElse(null), expected);
    return found.get();
  }

  private ExternalAccessPolicy audited(Tx tx, ExternalAccessPolicy before, PolicyIdentity id, ChangeAction action) {
    ExternalAccessPolicy after = repo.find(tx.handle(), id).orElseThrow();
    tx.audit(Nouns.POLICY, id.toString(), action, before, after);
    return after;
  }
}
