package org.bridgehead.management.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.PartnerRepository;
import org.bridgehead.management.validation.Checks;
import org.bridgehead.management.validation.Problem;
import org.jxmpp.jid.DomainBareJid;

/**
 * Imports the edge's YAML configuration (a {@link NodeConfig}) into the store, in one transaction: the
 * gateway settings replace the stored ones, each partner is created or replaced; partners only in the
 * store are kept. The file is authoritative for what it names, so stored versions are not compared.
 */
final class ConfigImporter {
  private final ManagementStore store;
  private final PartnerService partners;
  private final SettingsService settings;
  private final PartnerRepository repo = new PartnerRepository();

  ConfigImporter(ManagementStore store, PartnerService partners, SettingsService settings) {
    this.store = store;
    this.partners = partners;
    this.settings = settings;
  }

  ImportResult importConfig(NodeConfig config, String actor) {
    // Domains claimed twice within the file itself are reported together, before anything is written.
    Map<DomainBareJid, DomainBareJid> owners = new HashMap<>();
    Checks clashes = new Checks("config");
    for (XmppPartner p : config.partners()) {
      for (DomainBareJid d : p.domains()) {
        DomainBareJid prior = owners.putIfAbsent(d, p.primaryDomain());
        if (prior != null) {
          clashes.add("partners", "unique-domain", d + " is claimed by both " + prior + " and " + p.primaryDomain());
        }
      }
    }
    clashes.throwIfAny();
    return store.write(actor, tx -> {
      settings.setGateway(tx, config.gateway());
      int created = 0;
      int updated = 0;
      List<Problem> warnings = new ArrayList<>();
      for (XmppPartner p : config.partners()) {
        long version = repo.find(tx.handle(), p.primaryDomain()).map(Versioned::version).orElse(0L);
        warnings.addAll(partners.save(tx, p, version).warnings());
        if (version == 0) created++;
        else updated++;
      }
      return new ImportResult(created, updated, warnings);
    });
  }
}
