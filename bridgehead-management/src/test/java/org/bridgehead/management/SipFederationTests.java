package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.management.model.AllowedSipDomain;
import org.bridgehead.management.model.BlockedSipDomain;
import org.bridgehead.management.model.PublicProvider;
import org.bridgehead.management.model.VerificationLevel;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Allowed and blocked SIP domains, public providers. */
public abstract class SipFederationTests extends StoreTestBase {

  @Test
  void aDomainIsNeverBothAllowedAndBlocked() {
    service.sipFederation().createAllowed(new AllowedSipDomain("Fabrikam.test", "sip.fabrikam.test",
        VerificationLevel.ALWAYS_VERIFIABLE, "partner", 0), ADMIN);
    assertThatThrownBy(() -> service.sipFederation().createBlocked(new BlockedSipDomain("fabrikam.test", "", 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("allowed-or-blocked");
    service.sipFederation().createBlocked(new BlockedSipDomain("spam.test", "", 0), ADMIN);
    assertThatThrownBy(() -> service.sipFederation().createAllowed(new AllowedSipDomain("SPAM.test", null, null, "", 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("allowed-or-blocked");
    assertThatThrownBy(() -> service.sipFederation().createAllowed(new AllowedSipDomain("fabrikam.test", null, null, "", 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    assertThat(service.sipFederation().getAllowed("*.test")).singleElement()
        .satisfies(d -> assertThat(d.proxyFqdn()).isEqualTo("sip.fabrikam.test"));
    assertThat(service.sipFederation().getBlocked(null)).extracting(BlockedSipDomain::domain).containsExactly("spam.test");
  }

  @Test
  void allowedDomainsUpdateAndRemoveWithVersions() {
    AllowedSipDomain d = service.sipFederation().createAllowed(new AllowedSipDomain("fabrikam.test", null, null, "", 0), ADMIN);
    AllowedSipDomain v2 = service.sipFederation().updateAllowed(new AllowedSipDomain("fabrikam.test", "edge.fabrikam.test",
        VerificationLevel.ALWAYS_UNVERIFIABLE, "c", d.version()), ADMIN);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> service.sipFederation().removeAllowed("fabrikam.test", 1, ADMIN))
        .isInstanceOf(StaleUpdateException.class);
    assertThat(service.sipFederation().updateAllowed(v2, ADMIN).version()).isEqualTo(3);
    service.sipFederation().removeAllowed("fabrikam.test", 3, ADMIN);
    // once no longer allowed it may be blocked
    service.sipFederation().createBlocked(new BlockedSipDomain("fabrikam.test", "gone", 0), ADMIN);
    assertThatThrownBy(() -> service.sipFederation().createAllowed(new AllowedSipDomain("not a domain", null, null, "", 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("fqdn");
  }

  @Test
  void publicProviders() {
    PublicProvider p = service.sipFederation().createProvider(new PublicProvider("Skype", "federation.messenger.test",
        true, null, 0), ADMIN);
    assertThat(p.verificationLevel()).isEqualTo(VerificationLevel.ALWAYS_UNVERIFIABLE);
    assertThatThrownBy(() -> service.sipFederation().createProvider(new PublicProvider("skype", "x.test", true, null, 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> service.sipFederation().createProvider(new PublicProvider("Other", "", true, null, 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("required");
    PublicProvider off = service.sipFederation().updateProvider(new PublicProvider("Skype", "federation.messenger.test",
        false, VerificationLevel.ALWAYS_VERIFIABLE, 1), ADMIN);
    assertThat(off.enabled()).isFalse();
    assertThat(service.sipFederation().getProviders("sky*")).containsExactly(off);
    service.sipFederation().removeProvider("SKYPE", 2, ADMIN);
    assertThat(service.sipFederation().getProviders(null)).isEmpty();
  }
}
