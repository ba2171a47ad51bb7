package org.bridgehead.management.store;

import java.util.List;
import java.util.Optional;
import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.PolicyScope;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** External access policies, keyed by {@link PolicyIdentity#key()}. */
public final class PolicyRepository {
  private static final RowMapper<ExternalAccessPolicy> MAPPER = (rs, ctx) -> new ExternalAccessPolicy(
      new PolicyIdentity(PolicyScope.valueOf(rs.getString("scope")), rs.getString("name")),
      rs.getString("description"), rs.getBoolean("enable_federation_access"),
      rs.getBoolean("enable_public_cloud_access"), rs.getBoolean("enable_xmpp_access"),
      rs.getBoolean("enable_outside_access"), rs.getLong("version"));

  public List<ExternalAccessPolicy> list(Handle h) {
    return h.createQuery("SELECT * FROM external_access_policy ORDER BY scope, policy_key").map(MAPPER).list();
  }

  public Optional<ExternalAccessPolicy> find(Handle h, PolicyIdentity id) {
    return h.createQuery("SELECT * FROM external_access_policy WHERE policy_key = :k").bind("k", id.key())
        .map(MAPPER).findOne();
  }

  public void insert(Handle h, ExternalAccessPolicy p) {
    h.createUpdate("INSERT INTO external_access_policy (policy_key, scope, name, description,"
            + " enable_federation_access, enable_public_cloud_access, enable_xmpp_access, enable_outside_access,"
            + " version) VALUES (:k, :scope, :name, :description, :fed, :cloud, :xmpp, :outside, 1)")
        .bind("k", p.identity().key()).bind("scope", p.identity().scope().name()).bind("name", p.identity().name())
        .bind("description", p.description()).bind("fed", p.enableFederationAccess())
        .bind("cloud", p.enablePublicCloudAccess()).bind("xmpp", p.enableXmppAccess())
        .bind("outside", p.enableOutsideAccess()).execute();
  }

  public void update(Handle h, ExternalAccessPolicy p, long expected) {
    int rows = h.createUpdate("UPDATE external_access_policy SET description = :description,"
            + " enable_federation_access = :fed, enable_public_cloud_access = :cloud, enable_xmpp_access = :xmpp,"
            + " enable_outside_access = :outside, version = version + 1 WHERE policy_key = :k AND version = :v")
        .bind("k", p.identity().key()).bind("description", p.description()).bind("fed", p.enableFederationAccess())
        .bind("cloud", p.enablePublicCloudAccess()).bind("xmpp", p.enableXmppAccess())
        .bind("outside", p.enableOutsideAccess()).bind("v", expected).execute();
    Versions.hit(rows, "external-access-policy", p.identity().toString(), expected);
  }

  public void delete(Handle h, PolicyIdentity id) {
    h.createUpdate("DELETE FROM external_access_policy WHERE policy_key = :k").bind("k", id.key()).execute();
  }
}
