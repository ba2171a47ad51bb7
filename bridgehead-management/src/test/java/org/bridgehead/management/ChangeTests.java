package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgehead.management.PartnerTests.d;
import static org.bridgehead.management.PartnerTests.partner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.management.audit.ChangeAction;
import org.bridgehead.management.audit.ChangeEvent;
import org.bridgehead.management.service.ImportResult;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Concurrency, change notification, the change counter, and config import. */
public abstract class ChangeTests extends StoreTestBase {

  @Test
  void aWhatIfChecksEverythingKeepsNothingAndTellsNoListener() {
    List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
    service.addChangeListener(heard::add);
    long before = service.lastChangeId();

    var whatIf = service.whatIf(() -> service.partners().create(partner("fabrikam.test").build(), ADMIN));

    assertThat(whatIf.changes()).extracting(ChangeEvent::objectType, ChangeEvent::objectId, ChangeEvent::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("xmpp-partner", "fabrikam.test", ChangeAction.NEW));
    assertThat(service.partners().find(d("fabrikam.test"))).isEmpty();
    assertThat(service.lastChangeId()).isEqualTo(before);
    assertThat(service.auditLog().since(before)).isEmpty();
    assertThat(heard).isEmpty();

    service.partners().create(partner("fabrikam.test").build(), ADMIN);
    assertThatThrownBy(() -> service.whatIf(() -> service.partners().create(partner("fabrikam.test").build(), ADMIN)))
        .isInstanceOf(ValidationException.class);
    assertThat(service.partners().get(null)).hasSize(1);
  }

  @Test
  void ofTwoConcurrentUpdatesFromTheSameVersionOneWinsTheOtherIsStale() throws Exception {
    service.partners().create(partner("fabrikam.test").build(), ADMIN);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    try {
      for (String who : List.of("alice", "bob")) {
        results.add(pool.submit(() -> {
          go.await();
          try {
            service.partners().update(partner("fabrikam.test").description(who).build(), 1, who);
            return "won:" + who;
          } catch (StaleUpdateException e) {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
            return "stale";
          }
        }));
      }
      go.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) outcomes.add(f.get(30, TimeUnit.SECONDS));
      assertThat(outcomes).containsOnlyOnce("stale").anyMatch(s -> s.startsWith("won:"));
      String winner = outcomes.stream().filter(s -> s.startsWith("won:")).findFirst().orElseThrow().substring(4);
      var stored = service.partners().find(d("fabrikam.test")).orElseThrow();
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.value().description()).isEqualTo(winner);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void listenersHearOnlyCommittedChangesAndAfterTheCommit() {
    List<ChangeEvent> events = new CopyOnWriteArrayList<>();
    List<Boolean> visibleToOthers = new CopyOnWriteArrayList<>();
    service.addChangeListener(e -> {
      events.add(e);
      // read on another pooled connection: the change must already be committed
      visibleToOthers.add(service.partners().find(d("fabrikam.test")).isPresent());
    });
    long start = service.lastChangeId();
    service.partners().create(partner("fabrikam.test").build(), "alice");
    assertThatThrownBy(() -> service.partners().create(partner("bad.test").tls(Negotiation.NOT_SUPPORTED).build(), "bob"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> service.partners().update(partner("fabrikam.test").build(), 7, "bob"))
        .isInstanceOf(StaleUpdateException.class);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.objectType()).isEqualTo("xmpp-partner");
      assertThat(e.objectId()).isEqualTo("fabrikam.test");
      assertThat(e.action()).isEqualTo(ChangeAction.NEW);
      assertThat(e.actor()).isEqualTo("alice");
      assertThat(e.changeId()).isEqualTo(start + 1);
    });
    assertThat(visibleToOthers).containsExactly(true);
    assertThat(service.lastChangeId()).isEqualTo(start + 1);
    assertThat(service.auditLog().since(start)).extracting(a -> a.event()).containsExactlyElementsOf(events);
  }

  @Test
  void importsTheEdgeConfigFile() {
    service.partners().create(partner("fabrikam.test").description("old").build(), ADMIN);
    service.partners().create(partner("kept.test").build(), ADMIN);
    GatewaySettings gateway = new GatewaySettings(800, 15, null, false, Duration.ofSeconds(300), Duration.ofSeconds(60),
        Duration.ofSeconds(600), Duration.ofSeconds(28800));
    List<XmppPartner> partners = List.of(
        partner("fabrikam.test", "corp.fabrikam.test").description("new").build(),
        partner("gtalk.test").tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).keepAlive(false).build(),
        partner("litware.test").tls(Negotiation.OPTIONAL).build());
    NodeConfig config = new NodeConfig(Set.of(d("contoso.test")), EdgeSettings.defaults(), gateway, partners);
    ImportResult result = service.importConfig(config, "import");
    assertThat(result.partnersCreated()).isEqualTo(2);
    assertThat(result.partnersUpdated()).isEqualTo(1);
    assertThat(result.warnings()).isNotEmpty(); // rows 1 and 3
    var snapshot = service.snapshot();
    assertThat(snapshot.gateway()).isEqualTo(gateway);
    assertThat(snapshot.partners()).extracting(p -> p.primaryDomain().toString())
        .containsExactly("fabrikam.test", "gtalk.test", "kept.test", "litware.test");
    assertThat(snapshot.changeId()).isEqualTo(service.lastChangeId());
    NodeConfig node = snapshot.toNodeConfig(Set.of(d("contoso.test")), EdgeSettings.defaults());
    assertThat(node.partners()).contains(partners.get(0), partners.get(1), partners.get(2));

    // an import with one bad partner writes nothing
    long before = service.lastChangeId();
    NodeConfig bad = new NodeConfig(Set.of(), EdgeSettings.defaults(), GatewaySettings.DEFAULTS, List.of(
        partner("new.test").build(), partner("broken.test").tls(Negotiation.NOT_SUPPORTED).build()));
    assertThatThrownBy(() -> service.importConfig(bad, "import")).isInstanceOf(ValidationException.class);
    NodeConfig clash = new NodeConfig(Set.of(), EdgeSettings.defaults(), GatewaySettings.DEFAULTS, List.of(
        partner("a.test", "shared.test").build(), partner("b.test", "shared.test").build()));
    assertThatThrownBy(() -> service.importConfig(clash, "import")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("shared.test is claimed by both");
    assertThat(service.lastChangeId()).isEqualTo(before);
    assertThat(service.partners().find(d("new.test"))).isEmpty();
  }
}
