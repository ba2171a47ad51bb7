package org.bridgehead.management.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.PartnerRepository;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.validation.Checks;
import org.bridgehead.management.validation.PartnerRules;
import org.bridgehead.management.validation.Problem;
import org.jxmpp.jid.DomainBareJid;

/** New-/Set-/Get-/Remove-CsXmppAllowedPartner. A partner's identity is its primary domain. */
public final class PartnerService {
  private final ManagementStore store;
  private final PartnerRepository repo = new PartnerRepository();

  PartnerService(ManagementStore store) { this.store = store; }

  /** Partners any of whose domains matches the glob ({@code *.test}); null or blank for all. */
  public List<Versioned<XmppPartner>> get(String filter) {
    return store.read(h -> repo.list(h).stream()
        .filter(v -> v.value().domains().stream().anyMatch(d -> Glob.matches(filter, d.toString()))).toList());
  }

  public Optional<Versioned<XmppPartner>> find(DomainBareJid primaryDomain) {
    return store.read(h -> repo.find(h, primaryDomain));
  }

  /** Adds a partner; matrix INVALID rows and domain clashes throw ValidationException, WARNING rows are returned. */
  public SaveResult<XmppPartner> create(XmppPartner partner, String actor) {
    return store.write(actor, tx -> save(tx, partner, 0));
  }

  /** Replaces a partner's settings (not its primary domain: remove and create to rename). */
  public SaveResult<XmppPartner> update(XmppPartner partner, long expectedVersion, String actor) {
    return store.write(actor, tx -> save(tx, partner, expectedVersion));
  }

  public void remove(DomainBareJid primaryDomain, long expectedVersion, String actor) {
    store.write(actor, tx -> {
      Optional<Versioned<XmppPartner>> before = repo.find(tx.handle(), primaryDomain);
      Versions.expect(Nouns.XMPP_PARTNER, primaryDomain.toString(), before.map(Versioned::version).orElse(null),
          expectedVersion);
      repo.delete(tx.handle(), primaryDomain);
      tx.audit(Nouns.XMPP_PARTNER, primaryDomain.toString(), ChangeAction.REMOVE, before.get().value(), null);
      return null;
    });
  }

  /** Creates ({@code expectedVersion == 0}) or updates inside an open transaction; used by import too. */
  SaveResult<XmppPartner> save(Tx tx, XmppPartner p, long expectedVersion) {
    String id = p.primaryDomain().toString();
    Optional<Versioned<XmppPartner>> before = repo.find(tx.handle(), p.primaryDomain());
    if (expectedVersion == 0 && before.isPresent()) {
      new Checks(Nouns.XMPP_PARTNER + " " + id).add("primaryDomain", "unique",
          "a partner with primary domain " + id + " already exists").throwIfAny();
    }
    if (expectedVersion != 0) {
      Versions.expect(Nouns.XMPP_PARTNER, id, before.map(Versioned::version).orElse(null), expectedVersion);
    }
    PartnerRules.Outcome outcome = PartnerRules.check(p);
    Checks checks = new Checks(Nouns.XMPP_PARTNER + " " + id).addAll(outcome.errors());
    for (DomainBareJid d : p.domains()) {
      repo.ownerOf(tx.handle(), d.toString()).filter(owner -> !owner.equals(id)).ifPresent(owner ->
          checks.add(d.equals(p.primaryDomain()) ? "primaryDomain" : "additionalDomains", "unique-domain",
              d + " already belongs to partner " + owner));
    }
    checks.throwIfAny();
    if (before.isEmpty()) repo.insert(tx.handle(), p);
    else repo.update(tx.handle(), p, expectedVersion);
    Versioned<XmppPartner> after = repo.find(tx.handle(), p.primaryDomain()).orElseThrow();
    tx.audit(Nouns.XMPP_PARTNER, id, before.isEmpty() ? ChangeAction.NEW : ChangeAction.SET,
        before.map(Versioned::value).orElse(null), after.value());
    return new SaveResult<>(after, new ArrayList<Problem>(outcome.warnings()));
  }
}
