package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.Set;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.audit.AuditEntry;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.service.SaveResult;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.Problem;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** XMPP partners: the 18-row matrix, domain ownership, versions and audit. */
public abstract class PartnerTests extends StoreTestBase {

  static DomainBareJid d(String s) {
    try {
      return JidCreate.domainBareFrom(s);
    } catch (Exception e) {
      throw new IllegalArgumentException(s, e);
    }
  }

  static XmppPartner.Builder partner(String domain, String... additional) {
    Set<DomainBareJid> extra = new java.util.LinkedHashSet<>();
    for (String a : additional) extra.add(d(a));
    return XmppPartner.builder(d(domain)).additionalDomains(extra);
  }

  @ParameterizedTest(name = "row {0}: tls={1} sasl={2} dialback={3} -> {4}")
  @CsvSource({
      "1, REQUIRED, REQUIRED, true, WARNING, dialback-unused",
      "2, REQUIRED, REQUIRED, false, OK, ''",
      "3, OPTIONAL, REQUIRED, true, WARNING, sasl-tls-optional",
      "4, OPTIONAL, REQUIRED, false, WARNING, sasl-tls-optional",
      "5, NOT_SUPPORTED, REQUIRED, true, INVALID, sasl-requires-tls",
      "6, NOT_SUPPORTED, REQUIRED, false, INVALID, sasl-requires-tls",
      "7, REQUIRED, OPTIONAL, true, OK, ''",
      "8, REQUIRED, OPTIONAL, false, OK, ''",
      "9, OPTIONAL, OPTIONAL, true, WARNING, sasl-tls-optional",
      "10, OPTIONAL, OPTIONAL, false, WARNING, sasl-tls-optional",
      "11, NOT_SUPPORTED, OPTIONAL, true, INVALID, sasl-requires-tls",
      "12, NOT_SUPPORTED, OPTIONAL, false, INVALID, sasl-requires-tls",
      "13, REQUIRED, NOT_SUPPORTED, true, OK, ''",
      "14, REQUIRED, NOT_SUPPORTED, false, INVALID, sasl-or-dialback",
      "15, OPTIONAL, NOT_SUPPORTED, true, OK, ''",
      "16, OPTIONAL, NOT_SUPPORTED, false, INVALID, sasl-or-dialback",
      "17, NOT_SUPPORTED, NOT_SUPPORTED, true, OK, ''",
      "18, NOT_SUPPORTED, NOT_SUPPORTED, false, INVALID, sasl-or-dialback"})
  void everyMatrixRow(int row, Negotiation tls, Negotiation sasl, boolean dialback, String verdict, String rule) {
    XmppPartner p = partner("row" + row + ".test").tls(tls).sasl(sasl).dialback(dialback).build();
    if (verdict.equals("INVALID")) {
      assertThatThrownBy(() -> service.partners().create(p, ADMIN)).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).problems()).singleElement()
              .satisfies(pr -> {
                assertThat(pr.rule()).isEqualTo(rule);
                assertThat(pr.message()).contains("row " + row);
              }));
      assertThat(service.partners().get(null)).isEmpty();
      return;
    }
    SaveResult<XmppPartner> saved = service.partners().create(p, ADMIN);
    assertThat(saved.saved().version()).isEqualTo(1);
    assertThat(service.partners().find(p.primaryDomain())).get().extracting(v -> v.value()).isEqualTo(p);
    if (verdict.equals("WARNING")) {
      assertThat(saved.warnings()).extracting(Problem::rule).containsExactly(rule);
    } else {
      assertThat(saved.warnings()).isEmpty();
    }
  }

  @Test
  void roundTripsEveryField() {
    XmppPartner p = partner("fabrikam.test", "corp.fabrikam.test", "it.fabrikam.test").description("close partner")
        .partnerType(PartnerType.FEDERATED).tls(Negotiation.REQUIRED).sasl(Negotiation.OPTIONAL).dialback(true)
        .proxyFqdn("xmpp.fabrikam.test").keepAlive(false).connectionLimit(OptionalInt.of(7)).build();
    service.partners().create(p, ADMIN);
    assertThat(service.partners().find(d("fabrikam.test")).orElseThrow().value()).isEqualTo(p);
  }

  @Test
  void aDomainBelongsToOnePartnerOnly() {
    service.partners().create(partner("fabrikam.test", "corp.fabrikam.test").build(), ADMIN);
    assertThatThrownBy(() -> service.partners().create(partner("fabrikam.test").build(), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> service.partners().create(partner("other.test", "corp.fabrikam.test").build(), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique-domain")
        .hasMessageContaining("corp.fabrikam.test already belongs to partner fabrikam.test");
    assertThatThrownBy(() -> service.partners().create(partner("corp.fabrikam.test").build(), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique-domain");
    assertThatThrownBy(() -> service.partners().create(partner("x.test", "fabrikam.test").build(), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique-domain");
    assertThat(service.partners().get(null)).hasSize(1);
  }

  @Test
  void updateMayKeepAndMoveItsOwnDomains() {
    service.partners().create(partner("fabrikam.test", "corp.fabrikam.test").build(), ADMIN);
    var v2 = service.partners().update(partner("fabrikam.test", "it.fabrikam.test").build(), 1, ADMIN);
    assertThat(v2.saved().version()).isEqualTo(2);
    // the freed domain is free again
    service.partners().create(partner("corp.fabrikam.test").build(), ADMIN);
    assertThat(service.partners().get("*.fabrikam.test")).hasSize(2);
  }

  @Test
  void otherRulesOfAPartner() {
    XmppPartner p = partner("a.test", "a.test").proxyFqdn("not a host").connectionLimit(OptionalInt.of(0)).build();
    assertThatThrownBy(() -> service.partners().create(p, ADMIN)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::rule)
            .contains("fqdn", "range"));
  }

  @Test
  void globFilter() {
    service.partners().create(partner("fabrikam.test").build(), ADMIN);
    service.partners().create(partner("contoso.example").build(), ADMIN);
    assertThat(service.partners().get("*.test")).extracting(v -> v.value().primaryDomain().toString())
        .containsExactly("fabrikam.test");
    assertThat(service.partners().get("*")).hasSize(2);
    assertThat(service.partners().get("FAB*")).hasSize(1);
  }

  @Test
  void staleUpdateAndRemoveAreRefused() {
    service.partners().create(partner("fabrikam.test").build(), ADMIN);
    service.partners().update(partner("fabrikam.test").description("v2").build(), 1, ADMIN);
    assertThatThrownBy(() -> service.partners().update(partner("fabrikam.test").description("lost").build(), 1, ADMIN))
        .isInstanceOfSatisfying(StaleUpdateException.class, e -> {
          assertThat(e.objectId()).isEqualTo("fabrikam.test");
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThatThrownBy(() -> service.partners().remove(d("fabrikam.test"), 1, ADMIN))
        .isInstanceOf(StaleUpdateException.class);
    assertThat(service.partners().find(d("fabrikam.test")).orElseThrow().value().description()).isEqualTo("v2");
    service.partners().remove(d("fabrikam.test"), 2, ADMIN);
    assertThat(service.partners().get(null)).isEmpty();
  }

  @Test
  void auditRowsCarryBeforeAndAfter() {
    service.partners().create(partner("fabrikam.test").build(), "alice");
    service.partners().update(partner("fabrikam.test").description("v2").build(), 1, "bob");
    service.partners().remove(d("fabrikam.test"), 2, "carol");
    var rows = service.auditLog().forObject("xmpp-partner", "fabrikam.test");
    assertThat(rows).extracting(AuditEntry::action).containsExactly(ChangeAction.NEW, ChangeAction.SET, ChangeAction.REMOVE);
    assertThat(rows).extracting(AuditEntry::actor).containsExactly("alice", "bob", "carol");
    assertThat(rows.get(0).beforeJson()).isNull();
    assertThat(rows.get(0).afterJson()).contains("\"primaryDomain\":\"fabrikam.test\"");
    assertThat(rows.get(1).beforeJson()).contains("\"description\":\"\"");
    assertThat(rows.get(1).afterJson()).contains("\"description\":\"v2\"");
    assertThat(rows.get(2).afterJson()).isNull();
    assertThat(rows.get(2).at()).isNotNull();
  }
}
