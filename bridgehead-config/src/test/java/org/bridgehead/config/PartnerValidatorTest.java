package org.bridgehead.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgehead.config.TestData.domain;
import static org.bridgehead.config.TestData.node;
import static org.bridgehead.config.TestData.partner;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerValidatorTest {

  @Test
  void defaultPartnerIsValidWithRowOneWarning() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test").build());

    assertThat(r.valid()).isTrue();
    assertOnlyWarning(r, "dialback", "row 1", NegotiationMatrix.BOTH_REQUIRED_WARNING);
  }

  @Test
  void w1IsAWarningOnTls() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test").tls(Negotiation.OPTIONAL).build());

    assertOnlyWarning(r, "tls", "row 3", NegotiationMatrix.W1);
  }

  private static void assertOnlyWarning(ValidationResult r, String field, String row, String text) {
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.object()).isEqualTo("partner fabrikam.test");
      assertThat(w.field()).isEqualTo(field);
      assertThat(w.rule()).isEqualTo("negotiation-matrix");
      assertThat(w.message()).contains(row).contains(text);
    });
  }

  @Test
  void okRowHasNeitherErrorsNorWarnings() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test").sasl(Negotiation.OPTIONAL).build());
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void saslWithoutTlsIsRefusedNamingTheRule() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test")
        .tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.OPTIONAL).dialback(true).build());

    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("sasl");
      assertThat(e.rule()).isEqualTo("negotiation-matrix");
      assertThat(e.message()).contains("row 11").contains("SASL requires TLS support");
    });
    assertThatThrownBy(r::orThrow).isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("SASL requires TLS support");
  }

  @Test
  void noSaslAndNoDialbackIsRefused() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test")
        .sasl(Negotiation.NOT_SUPPORTED).dialback(false).build());

    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("dialback");
      assertThat(e.message()).contains("row 14").contains("SASL or dialback must be enabled");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"single", "under_score.test", "-lead.test", "example.123", "a..b.test"})
  void primaryDomainSyntax(String bad) {
    ValidationResult r = PartnerValidator.validate(XmppPartner.builder(domainOrSkip(bad)).build());
    assertThat(r.errors()).extracting(Problem::field, Problem::rule).contains(
        org.assertj.core.groups.Tuple.tuple("primaryDomain", "domain-syntax"));
  }

  @Test
  void additionalDomainSyntaxNamesTheEntry() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test")
        .additionalDomains(Set.of(domain("bad_name.fabrikam.test"))).build());
    assertThat(r.errors()).extracting(Problem::field).containsExactly("additionalDomains[0]");
    assertThat(r.errors().get(0).message()).contains("bad_name.fabrikam.test");
  }

  @Test
  void internationalizedDomainIsValid() {
    assertThat(PartnerValidator.validate(partner("bücher.test").build()).errors()).isEmpty();
  }

  @Test
  void primaryDomainRepeatedAmongAdditionalDomainsIsRefused() {
    ValidationResult r = PartnerValidator.validate(partner("fabrikam.test")
        .additionalDomains(Set.of(domain("fabrikam.test"))).build());
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("duplicate-domain");
      assertThat(e.message()).contains("the primary domain");
    });
  }

  @Test
  void aLabelAndULabelOfTheSameDomainAreDuplicates() {
    ValidationResult r = PartnerValidator.validate(partner("bücher.test")
        .additionalDomains(Set.of(domain("xn--bcher-kva.test"))).build());
    assertThat(r.errors()).extracting(Problem::rule).containsExactly("duplicate-domain");
  }

  @Test
  void connectionLimitAtLeastOne() {
    assertThat(PartnerValidator.validate(partner("fabrikam.test").connectionLimit(OptionalInt.of(0)).build())
        .errors()).extracting(Problem::field, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("connectionLimit", "min"));
    assertThat(PartnerValidator.validate(partner("fabrikam.test").connectionLimit(OptionalInt.of(1)).build())
        .errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xmpp.fabrikam.test", "xmpp.fabrikam.test:5270", "proxy", "127.0.60.1", "127.0.60.1:5269",
      "[::1]", "[::1]:5269", "bücher.test"})
  void proxyFqdnAccepted(String proxy) {
    assertThat(PartnerValidator.hostPortProblem(proxy)).isEmpty();
    assertThat(PartnerValidator.validate(partner("fabrikam.test").proxyFqdn(proxy).build()).errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "xmpp.fabrikam.test:0", "xmpp.fabrikam.test:70000", "host:port", "a b.test",
      "::1", "[::1", "[::1]x", "http://xmpp.fabrikam.test", "xmpp.fabrikam.test:"})
  void proxyFqdnRefused(String proxy) {
    assertThat(PartnerValidator.validate(partner("fabrikam.test").proxyFqdn(proxy).build()).errors())
        .extracting(Problem::field, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("proxyFqdn", "host-port"));
  }

  @Test
  void domainBelongsToOnePartnerOnly() {
    NodeConfig config = node(
        partner("fabrikam.test").additionalDomains(Set.of(domain("shared.test"))).build(),
        partner("litware.test").additionalDomains(Set.of(domain("shared.test"))).build());

    ValidationResult r = PartnerValidator.validate(config);

    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.object()).isEqualTo("partner litware.test");
      assertThat(e.field()).isEqualTo("partners[1].additionalDomains[0]");
      assertThat(e.rule()).isEqualTo("domain-unique");
      assertThat(e.message()).contains("shared.test").contains("fabrikam.test");
    });
  }

  @Test
  void samePartnerTwiceIsRefused() {
    ValidationResult r = PartnerValidator.validate(node(partner("fabrikam.test").build(),
        partner("Fabrikam.test").build()));
    assertThat(r.errors()).extracting(Problem::field, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("partners[1].primaryDomain", "domain-unique"));
  }

  @Test
  void partnerDomainMayNotBeLocal() {
    ValidationResult r = PartnerValidator.validate(node(partner("contoso.test").build()));
    assertThat(r.errors()).extracting(Problem::field, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("partners[0].primaryDomain", "partner-domain-is-local"));
  }

  @Test
  void localDomainsRequiredAndWellFormed() {
    NodeConfig none = new NodeConfig(Set.of(), EdgeSettings.defaults(), GatewaySettings.DEFAULTS, List.of());
    assertThat(PartnerValidator.validate(none).errors()).extracting(Problem::field, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("localDomains", "required"));
    NodeConfig bad = new NodeConfig(Set.of(domain("local")), EdgeSettings.defaults(), GatewaySettings.DEFAULTS,
        List.of());
    assertThat(PartnerValidator.validate(bad).errors()).extracting(Problem::rule).containsExactly("domain-syntax");
  }

  @Test
  void partnerProblemsCarryTheirIndexInANodeConfig() {
    ValidationResult r = PartnerValidator.validate(node(partner("fabrikam.test").build(),
        partner("litware.test").connectionLimit(OptionalInt.of(-1)).build()));
    assertThat(r.errors()).extracting(Problem::field).containsExactly("partners[1].connectionLimit");
    assertThat(r.warnings()).extracting(Problem::field).containsExactly("partners[0].dialback", "partners[1].dialback");
  }

  @Test
  void defaultsAreValid() {
    ValidationResult r = PartnerValidator.validate(node());
    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void gatewayRanges() {
    GatewaySettings g = new GatewaySettings(0, 0, " ", false, Duration.ZERO, Duration.ofSeconds(-1), null,
        Duration.ofSeconds(1));
    NodeConfig c = new NodeConfig(Set.of(domain("contoso.test")), EdgeSettings.defaults(), g, List.of());

    assertThat(PartnerValidator.validate(c).errors()).extracting(Problem::field, Problem::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("gateway.connectionLimit", "range"),
        org.assertj.core.groups.Tuple.tuple("gateway.perPartnerConnectionLimit", "range"),
        org.assertj.core.groups.Tuple.tuple("gateway.keepAliveInterval", "range"),
        org.assertj.core.groups.Tuple.tuple("gateway.streamEstablishmentTimeout", "range"),
        org.assertj.core.groups.Tuple.tuple("gateway.streamInactivityTimeout", "required"),
        org.assertj.core.groups.Tuple.tuple("gateway.subscriptionRefreshInterval", "range"),
        org.assertj.core.groups.Tuple.tuple("gateway.dialbackSecret", "min-length"));
  }

  @Test
  void edgeRanges() {
    EdgeSettings e = new EdgeSettings(null, new TlsSettings(Path.of("a.crt"), null, null), List.of(), null, 0, 0, 0,
        Duration.ofSeconds(10), Duration.ofSeconds(5));
    NodeConfig c = new NodeConfig(Set.of(domain("contoso.test")), e, GatewaySettings.DEFAULTS, List.of());

    assertThat(PartnerValidator.validate(c).errors()).extracting(Problem::field, Problem::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("edge.listen", "required"),
        org.assertj.core.groups.Tuple.tuple("edge.outboundPort", "port"),
        org.assertj.core.groups.Tuple.tuple("edge.maxStanzaBytes", "min"),
        org.assertj.core.groups.Tuple.tuple("edge.outboundQueueCapacity", "min"),
        org.assertj.core.groups.Tuple.tuple("edge.retryMaxDelay", "min"),
        org.assertj.core.groups.Tuple.tuple("edge.tls.privateKey", "required"));
    assertThat(new EdgeSettings(new InetSocketAddress("127.0.0.1", 5269), null, List.of(), null, 5269, 1, 1,
        Duration.ofSeconds(1), Duration.ofSeconds(1))).isNotNull();
  }

  @Test
  void exceptionListsEveryProblem() {
    ValidationResult r = PartnerValidator.validate(node(partner("fabrikam.test").connectionLimit(OptionalInt.of(0))
        .proxyFqdn("bad host").build()));
    ConfigValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        ConfigValidationException.class, r::orThrow);
    assertThat(e.problems()).hasSize(2);
    assertThat(e.field()).isEqualTo("partners[0].connectionLimit");
    assertThat(e.rule()).isEqualTo("min");
    assertThat(e.getMessage()).contains("2 configuration problems").contains("partners[0].proxyFqdn");
  }

  private static org.jxmpp.jid.DomainBareJid domainOrSkip(String d) {
    org.jxmpp.jid.DomainBareJid jid;
    try {
      jid = org.jxmpp.jid.impl.JidCreate.domainBareFrom(d);
    } catch (org.jxmpp.stringprep.XmppStringprepException e) {
      org.junit.jupiter.api.Assumptions.abort("jxmpp itself refuses " + d);
      return null;
    }
    return jid;
  }
}
