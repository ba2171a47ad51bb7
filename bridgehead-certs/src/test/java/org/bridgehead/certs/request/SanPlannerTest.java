package org.bridgehead.certs.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SanPlannerTest {
  @Test
  void fillsSubjectAndSansFromTheDeploymentWithSipPrefixTickedByDefault() {
    SanPlan p = SanPlanner.plan(new Deployment(List.of("Contoso.com"), List.of("contoso.com", "fabrikam.com"),
        List.of("edge.contoso.com"), Set.of("fabrikam.com"), List.of("extra.contoso.com", "EDGE.contoso.com")), null);
    assertThat(p.subjectCn()).isEqualTo("edge.contoso.com");
    assertThat(p.sans()).containsExactly("edge.contoso.com", "contoso.com", "sip.contoso.com", "fabrikam.com",
        "extra.contoso.com");
    assertThat(p.xmppDomains()).containsExactly("contoso.com");
  }

  @Test
  void subjectFallsBackToTheFirstXmppDomainAndCanBeGivenByHand() {
    assertThat(SanPlanner.plan(new Deployment(List.of("contoso.com"), null, null, null, null), null).subjectCn())
        .isEqualTo("contoso.com");
    SanPlan p = SanPlanner.plan(new Deployment(List.of("contoso.com"), null, List.of("edge.contoso.com"), null, null),
        "xmpp.contoso.com");
    assertThat(p.sans()).containsExactly("xmpp.contoso.com", "contoso.com", "edge.contoso.com");
  }

  @Test
  void refusesWildcardsForXmppDomainsButAllowsThemAsExtraNames() {
    assertThatThrownBy(() -> SanPlanner.plan(new Deployment(List.of("*.contoso.com"), null, null, null, null), null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no-wildcard")
        .hasMessageContaining("wildcard certificates are not supported for XMPP domains");
    assertThat(SanPlanner.plan(new Deployment(List.of("contoso.com"), null, null, null, List.of("*.web.contoso.com")),
        null).sans()).contains("*.web.contoso.com");
  }

  @Test
  void namesEveryInvalidName() {
    assertThatThrownBy(() -> SanPlanner.plan(new Deployment(List.of("contoso.com"), List.of("bad_domain.com"),
        List.of("-edge.contoso.com"), null, List.of("a.*.contoso.com", "localhost")), null))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(4))
        .hasMessageContaining("'bad_domain.com'").hasMessageContaining("'a.*.contoso.com'")
        .hasMessageContaining("'localhost'").hasMessageContaining("'-edge.contoso.com'");
  }

  @Test
  void requiresAnXmppDomain() {
    assertThatThrownBy(() -> SanPlanner.plan(new Deployment(List.of(), List.of("contoso.com"), null, null, null), null))
        .hasMessageContaining("at least one local XMPP domain");
  }

  @Test
  void wildcardCoversExactlyOneLeftMostLabel() {
    assertThat(DnsNames.covers("*.contoso.com", "im.contoso.com")).isTrue();
    assertThat(DnsNames.covers("*.contoso.com", "contoso.com")).isFalse();
    assertThat(DnsNames.covers("*.contoso.com", "a.b.contoso.com")).isFalse();
    assertThat(DnsNames.normalize("Bücher.example")).contains("xn--bcher-kva.example");
  }

  @Test
  void requestValidatesCountryAndRequiredFields() {
    SanPlan plan = SanPlanner.plan(new Deployment(List.of("contoso.com"), null, null, null, null), null);
    assertThatThrownBy(() -> new CertificateRequest("edge", null, false, "Contoso", null, "USA", null, null, plan).validate())
        .hasMessageContaining("country must be two letters");
    assertThatThrownBy(() -> new CertificateRequest(" ", null, false, null, null, "us", null, null, plan).validate())
        .hasMessageContaining("friendly-name").hasMessageContaining("organization");
    var ok = new CertificateRequest("edge", null, false, "Contoso", null, "us", null, null, plan).validate();
    assertThat(ok.country()).isEqualTo("US");
    assertThat(ok.keyType()).isEqualTo(KeyType.RSA_2048);
  }
}
