package org.bridgehead.management.service;

import org.bridgehead.config.GatewayLimits;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.model.AccessEdgeSettings;
import org.bridgehead.management.model.Versioned;
import org.bridgehead.management.store.ManagementStore;
import org.bridgehead.management.store.SettingsRepository;
import org.bridgehead.management.store.Tx;
import org.bridgehead.management.store.Versions;
import org.bridgehead.management.validation.Checks;
import org.jdbi.v3.core.Handle;

/** Get-/Set-CsXmppGatewayConfiguration and Get-/Set-CsAccessEdgeConfiguration: global singletons. */
public final class SettingsService {
  private final ManagementStore store;
  private final SettingsRepository repo = new SettingsRepository();

  SettingsService(ManagementStore store) { this.store = store; }

  public Versioned<GatewaySettings> gateway() { return store.read(this::gateway); }

  /** Sets the global XMPP gateway settings after checking each against its range. */
  public Versioned<GatewaySettings> setGateway(GatewaySettings settings, long expectedVersion, String actor) {
    return store.write(actor, tx -> {
      Versioned<GatewaySettings> before = gateway(tx.handle());
      Versions.expect(Nouns.XMPP_GATEWAY_CONFIG, "global", before.version(), expectedVersion);
      validate(settings).throwIfAny();
      repo.set(tx.handle(), Nouns.XMPP_GATEWAY_CONFIG, settings, expectedVersion);
      tx.audit(Nouns.XMPP_GATEWAY_CONFIG, "global", ChangeAction.SET, before.value(), settings);
      return new Versioned<>(settings, expectedVersion + 1);
    });
  }

  public AccessEdgeSettings accessEdge() { return store.read(this::accessEdge); }

  /** {@code settings.version()} is the expected version. */
  public AccessEdgeSettings setAccessEdge(AccessEdgeSettings settings, String actor) {
    return store.write(actor, tx -> {
      AccessEdgeSettings before = accessEdge(tx.handle());
      Versions.expect(Nouns.ACCESS_EDGE_CONFIG, "global", before.version(), settings.version());
      new Checks(Nouns.ACCESS_EDGE_CONFIG + " global").require(settings.discoveredPartnerVerificationLevel() != null,
          "discoveredPartnerVerificationLevel", "required", "discoveredPartnerVerificationLevel is required")
          .throwIfAny();
      repo.set(tx.handle(), Nouns.ACCESS_EDGE_CONFIG, settings.withVersion(0), settings.version());
      AccessEdgeSettings after = settings.withVersion(settings.version() + 1);
      tx.audit(Nouns.ACCESS_EDGE_CONFIG, "global", ChangeAction.SET, before, after);
      return after;
    });
  }

  /** Range checks of Set-CsXmppGatewayConfiguration, one problem per broken field. */
  public static Checks validate(GatewaySettings s) {
    Checks c = new Checks(Nouns.XMPP_GATEWAY_CONFIG + " global");
    for (var p : GatewayLimits.check(s, "", "")) c.add(p.field(), p.rule(), p.message());
    return c;
  }

  Versioned<GatewaySettings> gateway(Handle h) {
    return repo.get(h, Nouns.XMPP_GATEWAY_CONFIG, GatewaySettings.class, GatewaySettings.DEFAULTS);
  }

  AccessEdgeSettings accessEdge(Handle h) {
    Versioned<AccessEdgeSettings> v = repo.get(h, Nouns.ACCESS_EDGE_CONFIG, AccessEdgeSettings.class,
        AccessEdgeSettings.DEFAULTS);
    return v.value().withVersion(v.version());
  }

  void setGateway(Tx tx, GatewaySettings settings) {
    Versioned<GatewaySettings> before = gateway(tx.handle());
    validate(settings).throwIfAny();
    repo.set(tx.handle(), Nouns.XMPP_GATEWAY_CONFIG, settings, before.version());
    tx.audit(Nouns.XMPP_GATEWAY_CONFIG, "global", ChangeAction.SET, before.value(), settings);
  }
}
