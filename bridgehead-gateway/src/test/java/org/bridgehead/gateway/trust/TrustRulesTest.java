package org.bridgehead.gateway.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgehead.config.PartnerType.FEDERATED;

import java.util.Optional;
import org.bridgehead.config.PartnerType;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every cell of the trust table: partner type × XMPP access × contact added. */
class TrustRulesTest {

  @ParameterizedTest(name = "{0} access={1} added={2} -> message {3}, subscribe {4}")
  @CsvSource({
      "FEDERATED,         true,  false, ALLOW,             APPROVE",
      "FEDERATED,         true,  true,  ALLOW,             APPROVE",
      "PUBLIC_VERIFIED,   true,  false, ALLOW,             APPROVE",
      "PUBLIC_VERIFIED,   true,  true,  ALLOW,             APPROVE",
      "PUBLIC_UNVERIFIED, true,  false, CONTACT_NOT_ADDED, PEND",
      "PUBLIC_UNVERIFIED, true,  true,  ALLOW,             APPROVE",
      "FEDERATED,         false, true,  XMPP_ACCESS_OFF,   REFUSE",
      "PUBLIC_VERIFIED,   false, true,  XMPP_ACCESS_OFF,   REFUSE",
      "PUBLIC_UNVERIFIED, false, false, XMPP_ACCESS_OFF,   REFUSE",
      "PUBLIC_UNVERIFIED, false, true,  XMPP_ACCESS_OFF,   REFUSE",
  })
  void inbound(PartnerType partner, boolean access, boolean added, String message, InboundSubscription subscribe) {
    Decision d = TrustRules.inboundMessage(partner, access, added);
    assertThat(d.refusal()).isEqualTo(message.equals("ALLOW") ? Optional.empty() : Optional.of(Refusal.valueOf(message)));
    // the lazy form decides the same, and asks about the contact only for PublicUnverified partners
    int[] asked = {0};
    Decision lazy = TrustRules.inboundMessage(partner, access, () -> {
      asked[0]++;
      return added;
    });
    assertThat(lazy.refusal()).isEqualTo(d.refusal());
    assertThat(asked[0]).isEqualTo(partner == PartnerType.PUBLIC_UNVERIFIED ? 1 : 0);
    assertThat(TrustRules.inboundSubscribe(partner, access, added)).isEqualTo(subscribe);
  }

  @ParameterizedTest
  @EnumSource(PartnerType.class)
  void onlyFederatedPartnersSeeTheNote(PartnerType partner) {
    assertThat(TrustRules.noteVisible(partner)).isEqualTo(partner == FEDERATED);
  }

  @ParameterizedTest
  @CsvSource({"true, true", "false, false"})
  void outboundDependsOnlyOnTheLocalUsersPolicy(boolean access, boolean allowed) {
    assertThat(TrustRules.outboundMessage(access).allowed()).isEqualTo(allowed);
    assertThat(TrustRules.outboundSubscribe(access).allowed()).isEqualTo(allowed);
    if (!allowed) assertThat(TrustRules.outboundMessage(access).refusal()).contains(Refusal.XMPP_ACCESS_OFF);
  }

  @ParameterizedTest
  @EnumSource(Refusal.class)
  void everyRefusalIsAnsweredOnBothSides(Refusal r) {
    assertThat(r.sipStatus()).isBetween(400, 699);
    assertThat(r.xmppCondition()).isIn(StanzaErrorCondition.SERVICE_UNAVAILABLE, StanzaErrorCondition.SUBSCRIPTION_REQUIRED);
    assertThat(r.reason()).isNotBlank();
  }
}
