package org.bridgehead.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.management.model.EdgePool;
import org.bridgehead.management.model.LocalUser;
import org.bridgehead.management.model.Site;
import org.bridgehead.management.model.Topology;
import org.bridgehead.management.model.XmppFederationRoute;
import org.bridgehead.management.testing.StoreTestBase;
import org.bridgehead.management.validation.StaleUpdateException;
import org.bridgehead.management.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sites, pools, the XMPP federation route rule, and topology files. */
public abstract class TopologyTests extends StoreTestBase {
  @TempDir Path tmp;

  private void redmond() {
    service.topology().createSite(new Site("Redmond", "HQ", 0), ADMIN);
    service.topology().createPool(EdgePool.of("edge.contoso.test", "Redmond", true), ADMIN);
    service.topology().createPool(EdgePool.of("edge2.contoso.test", "Redmond", false), ADMIN);
  }

  @Test
  void onlyAPoolWithXmppFederationMayCarryARoute() {
    redmond();
    assertThatThrownBy(() -> service.topology().setRoute("Redmond", "edge2.contoso.test", 0, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("xmpp-federation-enabled");
    assertThatThrownBy(() -> service.topology().setRoute("Redmond", "nope.contoso.test", 0, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("pool-exists");
    XmppFederationRoute r = service.topology().setRoute("redmond", "EDGE.contoso.test", 0, ADMIN);
    assertThat(r).isEqualTo(new XmppFederationRoute("Redmond", "edge.contoso.test", 1));
    EdgePool edge = service.topology().getPools("edge.*").get(0);
    EdgePool off = new EdgePool(edge.fqdn(), edge.site(), edge.members(), 5269, 23456, false, edge.version());
    assertThatThrownBy(() -> service.topology().updatePool(off, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("xmpp-federation-enabled");
    assertThatThrownBy(() -> service.topology().removePool("edge.contoso.test", 1, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("pool-exists");
    assertThatThrownBy(() -> service.topology().setRoute("Redmond", "edge.contoso.test", 0, ADMIN))
        .isInstanceOf(StaleUpdateException.class);
  }

  @Test
  void poolRulesAndSiteInUse() {
    service.topology().createSite(new Site("Redmond", "", 0), ADMIN);
    assertThatThrownBy(() -> service.topology().createPool(new EdgePool("edge.contoso.test", "Dublin", List.of(), 5269,
        5269, true, 0), ADMIN)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("site-exists").hasMessageContaining("members").hasMessageContaining("distinct-ports");
    assertThatThrownBy(() -> service.topology().createSite(new Site("REDMOND", "", 0), ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unique");
    service.users().create(LocalUser.of("sip:alice@contoso.test", "Alice", "Redmond"), null, ADMIN);
    assertThatThrownBy(() -> service.topology().removeSite("Redmond", 1, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("in-use");
  }

  @Test
  void exportThenPublishRoundTripsAndPublishIsAllOrNothing() throws Exception {
    redmond();
    service.topology().setRoute("Redmond", "edge.contoso.test", 0, ADMIN);
    Path yaml = tmp.resolve("topology.yaml");
    Topology exported = service.topology().exportTopology(yaml);
    assertThat(Files.readString(yaml)).contains("edge.contoso.test");

    // edit: add a site with its own pool and route, drop the unused pool
    Topology edited = new Topology(
        List.of(exported.sites().get(0), new Site("Dublin", "", 0)),
        List.of(exported.pools().get(0), EdgePool.of("edge.dublin.contoso.test", "Dublin", true)),
        List.of(exported.routes().get(0), new XmppFederationRoute("Dublin", "edge.dublin.contoso.test", 0)));
    Path json = tmp.resolve("topology.json");
    org.bridgehead.management.topology.TopologyFiles.write(edited, json);
    Topology published = service.topology().publishTopology(json, ADMIN);
    assertThat(published.routes()).extracting(XmppFederationRoute::site).containsExactlyInAnyOrder("Redmond", "Dublin");
    assertThat(published.pools()).extracting(EdgePool::fqdn)
        .containsExactlyInAnyOrder("edge.contoso.test", "edge.dublin.contoso.test");

    // an invalid file writes nothing: its route names a pool without XMPP federation
    Topology invalid = new Topology(published.sites(), List.of(published.pools().get(0),
        new EdgePool("edge.dublin.contoso.test", "Dublin", List.of("edge.dublin.contoso.test"), 5269, 23456, false, 1)),
        published.routes());
    org.bridgehead.management.topology.TopologyFiles.write(invalid, json);
    long before = service.lastChangeId();
    assertThatThrownBy(() -> service.topology().publishTopology(json, ADMIN)).isInstanceOf(ValidationException.class);
    assertThat(service.topology().topology()).isEqualTo(published);

    // publishing the old export again is stale: Redmond's objects are unchanged but it would re-add edge2
    assertThatThrownBy(() -> service.topology().publishTopology(yaml, ADMIN)).isInstanceOf(StaleUpdateException.class);
    assertThat(service.lastChangeId()).isEqualTo(before);
    Files.writeString(json, "not: [a, topology");
    assertThatThrownBy(() -> service.topology().publishTopology(json, ADMIN))
        .isInstanceOf(ValidationException.class).hasMessageContaining("parse");
  }
}
