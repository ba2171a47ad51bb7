package org.bridgehead.management.service;

import java.util.function.Consumer;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.audit.AuditLog;
import org.bridgehead.management.audit.ChangeEvent;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.PartnerRepository;
import org.bridgehead.management.store.PolicyRepository;
import org.bridgehead.management.store.ProviderRepository;
import org.bridgehead.management.store.SipDomainRepository;
import org.bridgehead.management.store.StoreLocation;
import org.bridgehead.management.store.TopologyRepository;
import org.bridgehead.management.store.UserRepository;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The management plane's one entry point for the CLI, the HTTP API and a running node: one service per
 * area of the Lync cmdlets, the snapshot a node runs on, import, and change notification.
 */
public final class ManagementService implements AutoCloseable {
  private final ManagementStore store;
  private final PartnerService partners;
  private final PolicyService policies;
  private final UserService users;
  private final SipFederationService sipFederation;
  private final SettingsService settings;
  private final TopologyService topology;
  private final ConfigImporter importer;
  private final AdministratorService administrators;

  public ManagementService(ManagementStore store) {
    this.store = store;
    this.partners = new PartnerService(store);
    this.policies = new PolicyService(store);
    this.users = new UserService(store);
    this.sipFederation = new SipFederationService(store);
    this.settings = new SettingsService(store);
    this.topology = new TopologyService(store);
    this.importer = new ConfigImporter(store, partners, settings);
    this.administrators = new AdministratorService(store);
  }

  /** Opens the store at {@code location} (migrating its schema) and the services on it. */
  public static ManagementService open(StoreLocation location) {
    return new ManagementService(ManagementStore.open(location));
  }

  public PartnerService partners() { return partners; }

  public PolicyService policies() { return policies; }

  public UserService users() { return users; }

  public SipFederationService sipFederation() { return sipFederation; }

  public SettingsService settings() { return settings; }

  public TopologyService topology() { return topology; }

  public AdministratorService administrators() { return administrators; }

  public AuditLog auditLog() { return store.auditLog(); }

  public ManagementStore store() { return store; }

  /** Everything at one change id, read in one repeatable-read transaction. */
  public Snapshot snapshot() {
    return store.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> new Snapshot(
        h.createQuery("SELECT counter FROM change_counter WHERE id = 1").mapTo(Long.class).one(),
        new PartnerRepository().list(h).stream().map(Versioned<XmppPartner>::value).toList(),
        settings.gateway(h).value(), settings.accessEdge(h), new PolicyRepository().list(h),
        new UserRepository().list(h), new SipDomainRepository().allowed(h), new SipDomainRepository().blocked(h),
        new ProviderRepository().list(h), new Topology(new TopologyRepository().sites(h),
            new TopologyRepository().pools(h), new TopologyRepository().routes(h))));
  }

  /** Imports the edge's configuration file into the store (see {@link ConfigImporter}). */
  public ImportResult importConfig(NodeConfig config, String actor) { return importer.importConfig(config, actor); }

  /**
   * Runs one or more service calls as a what-if (every check, no change kept, no listener told): the
   * CLI's and the API's {@code --what-if}. See {@link ManagementStore#whatIf}.
   */
  public <T> ManagementStore.WhatIf<T> whatIf(java.util.function.Supplier<T> change) { return store.whatIf(change); }

  /** Called after each committed change made through this instance, once per changed object. */
  public void addChangeListener(Consumer<ChangeEvent> listener) { store.addChangeListener(listener); }

  public void removeChangeListener(Consumer<ChangeEvent> listener) { store.removeChangeListener(listener); }

  /**
   * The store-wide change counter, cheap to poll: on PostgreSQL another node's change moves it too; then
   * read {@code auditLog().since(previous)} for what changed, or take a new {@link #snapshot()}.
   */
  public long lastChangeId() { return store.auditLog().lastChangeId(); }

  @Override
  public void close() { store.close(); }
}
