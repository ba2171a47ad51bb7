package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.management.model.ExternalAccessPolicy;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.PolicyIdentity;
import org.bridgehead.management.model.PolicyScope;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** External access policies: scopes, uniqueness, the undeletable global policy, grants and precedence. */
public abstract class PolicyTests extends StoreTestBase {

  static ExternalAccessPolicy policy(PolicyIdentity id, boolean fed, boolean cloud, boolean xmpp) {
    return new ExternalAccessPolicy(id, "", fed, cloud, xmpp, false, 0);
  }

  @Test
  void globalPolicyAlwaysExistsAndCannotBeRemovedButCanBeReset() {
    ExternalAccessPolicy global = service.policies().find(PolicyIdentity.GLOBAL).orElseThrow();
    assertThat(global.version()).isEqualTo(1);
    assertThat(global.enableXmppAccess()).isFalse();
    assertThatThrownBy(() -> service.policies().remove(PolicyIdentity.GLOBAL, 1, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("global-undeletable");
    assertThatThrownBy(() -> service.policies().create(policy(PolicyIdentity.parse("global"), true, true, true), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("global-exists");
    ExternalAccessPolicy on = service.policies().update(policy(PolicyIdentity.GLOBAL, true, true, true).withVersion(1), ADMIN);
    assertThat(on.enableXmppAccess()).isTrue();
    ExternalAccessPolicy reset = service.policies().resetGlobal(on.version(), ADMIN);
    assertThat(reset.enableXmppAccess()).isFalse();
    assertThat(reset.version()).isEqualTo(3);
  }

  @Test
  void identitiesParseLikeLync() {
    assertThat(PolicyIdentity.parse("Global")).isEqualTo(PolicyIdentity.GLOBAL);
    assertThat(PolicyIdentity.parse("site:Redmond")).isEqualTo(PolicyIdentity.site("Redmond"));
    assertThat(PolicyIdentity.parse("Tag:FedPic").toString()).isEqualTo("Tag:FedPic");
    assertThat(PolicyIdentity.parse("FedPic").key()).isEqualTo("tag:fedpic");
  }

  @Test
  void onePolicyPerSiteAndTheSiteMustExist() {
    assertThatThrownBy(() -> service.policies().create(policy(PolicyIdentity.site("Redmond"), true, false, false), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("site-exists");
    service.topology().createSite(new Site("Redmond", "", 0), ADMIN);
    service.policies().create(policy(PolicyIdentity.site("Redmond"), true, false, false), ADMIN);
    assertThatThrownBy(() -> service.policies().create(policy(PolicyIdentity.site("REDMOND"), true, false, false), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("already has a policy");
  }

  @Test
  void namedPoliciesAreUniqueAndNamedSanely() {
    service.policies().create(policy(PolicyIdentity.named("FedPic"), true, true, false), ADMIN);
    assertThatThrownBy(() -> service.policies().create(policy(PolicyIdentity.named("fedpic"), true, true, false), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> service.policies().create(policy(PolicyIdentity.named("none"), true, true, false), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("policy-name");
    assertThat(service.policies().get("Tag:*")).extracting(p -> p.identity().name()).containsExactly("FedPic");
  }

  @Test
  void effectivePolicyIsUserThenSiteThenGlobal() {
    service.topology().createSite(new Site("Redmond", "", 0), ADMIN);
    LocalUser alice = service.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", "Redmond"), null, ADMIN);
    service.users().create(LocalUser.of("sip:bob@contoso.test", "Bob", null), null, ADMIN);

    assertThat(service.policies().effectivePolicy("sip:alice@contoso.test").source()).isEqualTo(PolicyScope.GLOBAL);
    service.policies().create(policy(PolicyIdentity.site("Redmond"), true, false, false), ADMIN);
    assertThat(service.policies().effectivePolicy("sip:alice@contoso.test").source()).isEqualTo(PolicyScope.SITE);
    assertThat(service.policies().effectivePolicy("sip:bob@contoso.test").source()).isEqualTo(PolicyScope.GLOBAL);

    service.policies().create(policy(PolicyIdentity.named("FedPic"), true, true, false), ADMIN);
    LocalUser granted = service.policies().grant("sip:alice@contoso.test", "FedPic", alice.version(), ADMIN);
    assertThat(granted.policy()).isEqualTo("FedPic");
    var eff = service.policies().effectivePolicy("SIP:Alice@contoso.test");
    assertThat(eff.source()).isEqualTo(PolicyScope.USER);
    assertThat(eff.policy().enablePublicCloudAccess()).isTrue();

    // the seed's flow: turn on XMPP access in FedPic and every granted user has it
    ExternalAccessPolicy fedPic = service.policies().find(PolicyIdentity.named("FedPic")).orElseThrow();
    service.policies().update(new ExternalAccessPolicy(fedPic.identity(), "", true, true, true, false, fedPic.version()), ADMIN);
    assertThat(service.policies().effectivePolicy("sip:alice@contoso.test").policy().enableXmppAccess()).isTrue();

    service.policies().grant("sip:alice@contoso.test", "none", granted.version(), ADMIN);
    assertThat(service.policies().effectivePolicy("sip:alice@contoso.test").source()).isEqualTo(PolicyScope.SITE);
  }

  @Test
  void grantToAllUsersAndGrantedPoliciesCannotBeRemoved() {
    service.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", null), null, ADMIN);
    service.users().create(LocalUser.of("sip:bob@contoso.test", "Bob", null), null, ADMIN);
    ExternalAccessPolicy fedPic = service.policies().create(policy(PolicyIdentity.named("FedPic"), true, true, false), ADMIN);
    assertThat(service.policies().grantToAll("FedPic", ADMIN)).isEqualTo(2);
    assertThat(service.users().get(null)).extracting(LocalUser::policy).containsOnly("FedPic");
    assertThatThrownBy(() -> service.policies().remove(fedPic.identity(), fedPic.version(), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("in-use");
    assertThatThrownBy(() -> service.policies().grant("sip:alice@contoso.test", "Missing", 2, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("policy-exists");
    service.policies().grantToAll(null, ADMIN);
    service.policies().remove(fedPic.identity(), fedPic.version(), ADMIN);
    assertThat(service.policies().get(null)).extracting(ExternalAccessPolicy::identity).containsExactly(PolicyIdentity.GLOBAL);
  }
}
