package org.bridgehead.management;

import org.bridgehead.management.testing.StoreKind;
import org.junit.jupiter.api.Nested;

/** Every store suite against the embedded H2 store. */
class H2StoreTest {
  @Nested class Partners extends PartnerTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
  @Nested class Policies extends PolicyTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
  @Nested class SipFederation extends SipFederationTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
  @Nested class UsersAndSettings extends UserAndSettingsTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
  @Nested class Topology extends TopologyTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
  @Nested class Changes extends ChangeTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
  @Nested class Administrators extends AdministratorTests { @Override protected StoreKind kind() { return StoreKind.H2; } }
}
