package org.bridgehead.management.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.AllowedSipDomain;
import org.bridgehead.management.model.BlockedSipDomain;
import org.bridgehead.management.model.PublicProvider;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.ProviderRepository;
import org.bridgehead.management.store.SipDomainRepository;
import org.bridgehead.management.store.SipDomainRepository.Listing;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.validation.Checks;
import org.jdbi.v3.core.Handle;

/** SIP federation: Allowed/Blocked domains (a domain is on one list at most) and public IM providers. */
public final class SipFederationService {
  private final ManagementStore store;
  private final SipDomainRepository domains = new SipDomainRepository();
  private final ProviderRepository providers = new ProviderRepository();

  SipFederationService(ManagementStore store) { this.store = store; }

  public List<AllowedSipDomain> getAllowed(String filter) {
    return store.read(h -> domains.allowed(h).stream().filter(d -> Glob.matches(filter, d.domain())).toList());
  }

  public List<BlockedSipDomain> getBlocked(String filter) {
    return store.read(h -> domains.blocked(h).stream().filter(d -> Glob.matches(filter, d.domain())).toList());
  }

  public AllowedSipDomain createAllowed(AllowedSipDomain domain, String actor) {
    AllowedSipDomain d = domain.withVersion(0);
    return store.write(actor, tx -> {
      checkNew(tx, lower(d.domain()), Nouns.ALLOWED_DOMAIN).fqdn(d.proxyFqdn(), "proxyFqdn", true).throwIfAny();
      AllowedSipDomain stored = new AllowedSipDomain(lower(d.domain()), d.proxyFqdn(), d.verificationLevel(), d.comment(), 1);
      domains.insertAllowed(tx.handle(), stored);
      tx.audit(Nouns.ALLOWED_DOMAIN, stored.domain(), ChangeAction.NEW, null, stored);
      return stored;
    });
  }

  /** {@code domain.version()} is the expected version. */
  public AllowedSipDomain updateAllowed(AllowedSipDomain domain, String actor) {
    String id = lower(domain.domain());
    return store.write(actor, tx -> {
      new Checks(Nouns.ALLOWED_DOMAIN + " " + id).fqdn(domain.proxyFqdn(), "proxyFqdn", true).throwIfAny();
      AllowedSipDomain before = find(domains.allowed(tx.handle()), id, AllowedSipDomain::domain, AllowedSipDomain::version, domain.version(),
          Nouns.ALLOWED_DOMAIN);
      AllowedSipDomain after = new AllowedSipDomain(id, domain.proxyFqdn(), domain.verificationLevel(), domain.comment(),
          domain.version() + 1);
      domains.updateAllowed(tx.handle(), after, domain.version());
      tx.audit(Nouns.ALLOWED_DOMAIN, id, ChangeAction.SET, before, after);
      return after;
    });
  }

  public BlockedSipDomain createBlocked(BlockedSipDomain domain, String actor) {
    return store.write(actor, tx -> {
      checkNew(tx, lower(domain.domain()), Nouns.BLOCKED_DOMAIN).throwIfAny();
      BlockedSipDomain stored = new BlockedSipDomain(lower(domain.domain()), domain.comment(), 1);
      domains.insertBlocked(tx.handle(), stored);
      tx.audit(Nouns.BLOCKED_DOMAIN, stored.domain(), ChangeAction.NEW, null, stored);
      return stored;
    });
  }

  public BlockedSipDomain updateBlocked(BlockedSipDomain domain, String actor) {
    String id = lower(domain.domain());
    return store.write(actor, tx -> {
      BlockedSipDomain before = find(domains.blocked(tx.handle()), id, BlockedSipDomain::domain, BlockedSipDomain::version, domain.version(),
          Nouns.BLOCKED_DOMAIN);
      BlockedSipDomain after = new BlockedSipDomain(id, domain.comment(), domain.version() + 1);
      domains.updateBlocked(tx.handle(), after, domain.version());
      tx.audit(Nouns.BLOCKED_DOMAIN, id, ChangeAction.SET, before, after);
      return after;
    });
  }

  public void removeAllowed(String domain, long expectedVersion, String actor) {
    remove(domain, expectedVersion, actor, Nouns.ALLOWED_DOMAIN, domains::allowed, AllowedSipDomain::domain,
        AllowedSipDomain::version);
  }

  public void removeBlocked(String domain, long expectedVersion, String actor) {
    remove(domain, expectedVersion, actor, Nouns.BLOCKED_DOMAIN, domains::blocked, BlockedSipDomain::domain,
        BlockedSipDomain::version);
  }

  private <T> void remove(String domain, long expected, String actor, String noun, Function<Handle, List<T>> list,
      Function<T, String> key, ToLongFunction<T> version) {
    String id = lower(domain);
    store.write(actor, tx -> {
      T before = find(list.apply(tx.handle()), id, key, version, expected, noun);
      domains.delete(tx.handle(), id);
      tx.audit(noun, id, ChangeAction.REMOVE, before, null);
      return null;
    });
  }

  public List<PublicProvider> getProviders(String filter) {
    return store.read(h -> providers.list(h).stream().filter(p -> Glob.matches(filter, p.name())).toList());
  }

  public PublicProvider createProvider(PublicProvider provider, String actor) {
    return store.write(actor, tx -> {
      Checks checks = providerChecks(provider);
      checks.require(providers.find(tx.handle(), provider.name()).isEmpty(), "name", "unique",
          "public provider " + provider.name() + " already exists").throwIfAny();
      providers.insert(tx.handle(), provider);
      PublicProvider after = providers.find(tx.handle(), provider.name()).orElseThrow();
      tx.audit(Nouns.PUBLIC_PROVIDER, after.name(), ChangeAction.NEW, null, after);
      return after;
    });
  }

  /** {@code provider.version()} is the expected version. */
  public PublicProvider updateProvider(PublicProvider provider, String actor) {
    return store.write(actor, tx -> {
      providerChecks(provider).throwIfAny();
      Optional<PublicProvider> before = providers.find(tx.handle(), provider.name());
      Versions.expect(Nouns.PUBLIC_PROVIDER, provider.name(), before.map(PublicProvider::version).orElse(null),
          provider.version());
      providers.update(tx.handle(), provider, provider.version());
      PublicProvider after = providers.find(tx.handle(), provider.name()).orElseThrow();
      tx.audit(Nouns.PUBLIC_PROVIDER, after.name(), ChangeAction.SET, before.get(), after);
      return after;
    });
  }

  public void removeProvider(String name, long expectedVersion, String actor) {
    store.write(actor, tx -> {
      Optional<PublicProvider> before = providers.find(tx.handle(), name);
      Versions.expect(Nouns.PUBLIC_PROVIDER, name, before.map(PublicProvider::version).orElse(null), expectedVersion);
      providers.delete(tx.handle(), name);
      tx.audit(Nouns.PUBLIC_PROVIDER, before.get().name(), ChangeAction.REMOVE, before.get(), null);
      return null;
    });
  }

  private static Checks providerChecks(PublicProvider p) {
    Checks checks = new Checks(Nouns.PUBLIC_PROVIDER + " " + p.name());
    checks.required(p.name(), "name");
    return checks.fqdn(p.proxyFqdn(), "proxyFqdn", false);
  }

  private Checks checkNew(Tx tx, String domain, String noun) {
    Checks checks = new Checks(noun + " " + domain).fqdn(domain, "domain", false);
    Optional<Listing> listed = domains.listing(tx.handle(), domain);
    if (listed.isPresent()) {
      boolean same = listed.get().list().equals(noun.equals(Nouns.ALLOWED_DOMAIN)
          ? SipDomainRepository.ALLOWED : SipDomainRepository.BLOCKED);
      checks.add("domain", same ? "unique" : "allowed-or-blocked", same ? domain + " is already listed"
          : domain + " is already on the " + listed.get().list().toLowerCase(Locale.ROOT)
              + " list; a domain cannot be both allowed and blocked");
    }
    return checks;
  }

  private static <T> T find(List<T> list, String id, Function<T, String> key, ToLongFunction<T> version,
      long expected, String noun) {
    Optional<T> found = list.stream().filter(t -> key.apply(t).equals(id)).findFirst();
    Versions.expect(noun, id, found.map(version::applyAsLong).orElse(null), expected);
    return found.get();
  }

  private static String lower(String s) { return s == null ? null : s.strip().toLowerCase(Locale.ROOT); }
}
