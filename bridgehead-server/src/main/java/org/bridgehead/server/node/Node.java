package org.bridgehead.server.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.function.Function;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.edge.Edge;
import org.bridgehead.edge.events.EdgeEventListener;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.Gateway;
import org.bridgehead.gateway.sip.routing.SipDomains;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.service.ImportResult;
import org.bridgehead.management.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Bridgehead node: the configuration store and the edge role, kept in step so that a committed
 * change reaches the running edge within a second; the gateway role (SIP) behind the edge; the management API
 * on top.
 */
public final class Node implements AutoCloseable {
  private static final Logger events = LoggerFactory.getLogger("bridgehead.events");
  private static final Logger log = LoggerFactory.getLogger(Node.class);
  private final ManagementService store;
  private final LiveConfiguration live;
  private final Edge edge;
  private final ApiAnnouncement api;
  private final Gateway gateway;
  private final Diagnostics diagnostics;

  private Node(ManagementService store, LiveConfiguration live, Edge edge, ApiAnnouncement api, Gateway gateway,
      Diagnostics diagnostics) {
    this.store = store;
    this.live = live;
    this.edge = edge;
    this.api = api;
    this.gateway = gateway;
    this.diagnostics = diagnostics;
  }

  /**
   * @param gateway the gateway boundary; null runs the gateway of {@code setup} (or, without one, answers
   *     stanzas to users with service-unavailable)
   * @param extraEvents also told of every edge event (the test command prints them as steps)
   */
  public static Node start(NodeSetup setup, Function<StanzaSender, GatewayLink> gateway, EdgeEventListener extraEvents)
      throws InterruptedException, IOException {
    ManagementService store = ManagementService.open(setup.store());
    try {
      if (setup.importFromFile() != null) {
        ImportResult r;
        try {
          r = store.importConfig(setup.importFromFile(), "config-file");
        } catch (ValidationException e) {
          throw new IllegalArgumentException("the store refused the configuration file:\n  " + String.join("\n  ",
              e.problems().stream().map(p -> p.field() + ": " + p.message()).toList()), e);
        }
        log.info("imported the configuration file: {} partner(s) created, {} updated", r.partnersCreated(), r.partnersUpdated());
      }
      var edgeSettings = setup.dataDir() == null ? setup.edge()
          : CertificateFollower.atStart(setup.dataDir(), setup.edge().tls()).map(setup.edge()::withTls).orElse(setup.edge());
      LiveConfiguration live = new LiveConfiguration(store, setup.localDomains(), edgeSettings);
      Diagnostics diagnostics = new Diagnostics(store);
      EdgeEventListener logged = e -> {
        events.info("{}", e);
        diagnostics.onEvent(e);
        extraEvents.onEvent(e);
      };
      Gateway[] started = new Gateway[1];
      Function<StanzaSender, GatewayLink> link = gateway;
      if (link == null && setup.gateway() != null) {
        SipDomains domains = new SipDomains(() -> live.current().localDomains().stream().map(Object::toString)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        link = sender -> started[0] = Gateway.start(setup.gateway(), store, domains, sender,
            diagnostics::translation);
      }
      Function<StanzaSender, GatewayLink> plain = link; // stanzas counted on both sides of the boundary
      Function<StanzaSender, GatewayLink> counted = plain == null ? null
          : sender -> diagnostics.countInbound(plain.apply(diagnostics.countOutbound(sender)));
      Edge edge;
      try {
        edge = Edge.start(live.current(), counted, logged);
      } catch (IOException | InterruptedException | RuntimeException e) {
        if (started[0] != null) started[0].close();
        diagnostics.close();
        throw e;
      }
      CertificateFollower certificates = setup.dataDir() == null ? null
          : new CertificateFollower(setup.dataDir(), setup.edge().tls(), edge, diagnostics::submit,
              diagnostics::certificate);
      live.follow(config -> {
        edge.updatePartners(config);
        if (certificates != null) certificates.accept(config);
      });
      ApiAnnouncement api;
      try {
        Gateway gw = started[0];
        api = ApiAnnouncement.start(store, setup.apiListen(), setup.dataDir(), () -> diagnostics.scrape(edge),
            () -> NodeStatus.of(live.current(), edge, gw));
      } catch (RuntimeException e) {
        live.close();
        edge.close();
        if (started[0] != null) started[0].close();
        diagnostics.close();
        throw e;
      }
      if (!store.administrators().any()) {
        log.warn("no administrator account exists yet: create one with `bridgehead admin new NAME` to use the API and control panel");
      }
      diagnostics.started(setup.localDomains() + " on " + edge.boundAddress());
      edge.tlsCertificate().ifPresent(diagnostics::certificate);
      diagnostics.daily(() -> edge.tlsCertificate().ifPresent(diagnostics::certificate));
      // the store's change can arrive before the assigned files are written (the wizard writes them
      // after its commit): look again every 2 s, a file stat when nothing changed
      if (certificates != null) diagnostics.every(2, () -> certificates.accept(null));
      return new Node(store, live, edge, api, started[0], diagnostics);
    } catch (IOException | InterruptedException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** A node with an embedded store under {@code dataDir}, seeded with {@code config}. */
  public static Node start(NodeConfig config, Path dataDir, Function<StanzaSender, GatewayLink> gateway,
      EdgeEventListener extraEvents) throws InterruptedException, IOException {
    return start(NodeSetup.embedded(config, dataDir), gateway, extraEvents);
  }

  public Edge edge() { return edge; }

  public ManagementService store() { return store; }

  public NodeConfig currentConfig() { return live.current(); }

  public InetSocketAddress s2sAddress() { return edge.boundAddress(); }

  /** The management API's base URL, or null when the node runs without one. */
  public String apiUrl() { return api.baseUrl(); }

  /** What runs and how the streams stand (`bridgehead status`, `GET /api/v1/status`). */
  public NodeStatus status() { return NodeStatus.of(live.current(), edge, gateway); }

  /** The Prometheus exposition of this node's metrics (also served at {@code /metrics} by the API). */
  public String metrics() { return diagnostics.scrape(edge); }

  /** The gateway role, or null when this node runs none. */
  public Gateway gateway() { return gateway; }

  @Override
  public void close() {
    api.close();
    if (gateway != null) gateway.close();
    live.close();
    edge.close();
    diagnostics.stopped();
    diagnostics.close();
    store.close();
  }
}
