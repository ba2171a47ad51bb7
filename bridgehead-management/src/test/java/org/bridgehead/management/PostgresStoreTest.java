package org.bridgehead.management;

import org.bridgehead.management.testing.StoreKind;
import org.junit.jupiter.api.Nested;

/** Every store suite against the a real PostgreSQL 15 server (see PostgresCluster). */
class PostgresStoreTest {
  @Nested class Partners extends PartnerTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
  @Nested class Policies extends PolicyTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
  @Nested class SipFederation extends SipFederationTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
  @Nested class UsersAndSettings extends UserAndSettingsTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
  @Nested class Topology extends TopologyTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
  @Nested class Changes extends ChangeTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
  @Nested class Administrators extends AdministratorTests { @Override protected StoreKind kind() { return StoreKind.POSTGRESQL; } }
}
