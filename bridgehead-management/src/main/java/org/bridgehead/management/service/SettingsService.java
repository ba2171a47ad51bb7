package org.bridgehead.management.service;

import java.time.Duration;
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
    c.range(s.totalConnectionLimit(), 1, 100_000, "totalConnectionLimit");
    c.range(s.perPartnerConnectionLimit(), 1, 10_000, "perPartnerConnectionLimit");
    c.require(s.perPartnerConnectionLimit() <= s.totalConnectionLimit(), "perPartnerConnectionLimit",
        "within-total", "the per-partner limit cannot exceed the limit across all partners");
    seconds(c, s.keepAliveInterval(), 10, 3_600, "keepAliveInterval");
    seconds(c, s.streamEstablishmentTimeout(), 5, 600, "streamEstablishmentTimeout");
    seconds(c, s.streamInactivityTimeout(), 60, 86_400, "streamInactivityTimeout");
    seconds(c, s.subscriptionRefreshInterval(), 300, 604_800, "subscriptionRefreshInterval");
    c.require(s.dialbackSecret() == null || s.dialbackSecret().length() >= 16, "dialbackSecret", "min-length",
        "a dialback secret needs at least 16 characters (or none, for a random one per process)");
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

  private static void seconds(Checks c, Duration d, long min, long max, String field) {
    if (d == null) c.add(field, "required", field + " is required");
    else c.range(d.toSeconds(), min, max, field + " (seconds)");
  }
}
