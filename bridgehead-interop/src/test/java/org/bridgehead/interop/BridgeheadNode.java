package org.bridgehead.interop;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.interop.peers.EtcHosts;
import org.bridgehead.server.node.Node;
import org.bridgehead.xmpp.stanza.Message;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** The Bridgehead node under test: contoso.test on 127.0.0.10:5269, recording deliveries and events. */
final class BridgeheadNode implements AutoCloseable {
  static final String DOMAIN = "contoso.test";
  static final String IP = "127.0.0.10";

  private final BlockingQueue<InboundStanza> inbound;
  private final List<EdgeEvent> events;
  private final Node node;

  private java.nio.file.Path dataDir;

  private BridgeheadNode(Node node, BlockingQueue<InboundStanza> inbound, List<EdgeEvent> events) {
    this.node = node;
    this.inbound = inbound;
    this.events = events;
  }

  static NodeConfig config(TlsSettings tls, List<InetSocketAddress> dns, List<XmppPartner> partners) {
    EdgeSettings edge = new EdgeSettings(new InetSocketAddress(ip(IP), 5269), tls, dns,
        dns.isEmpty() ? java.nio.file.Path.of("/etc/hosts") : null, 5269, 256 * 1024, 100,
        Duration.ofMillis(200), Duration.ofSeconds(2));
    GatewaySettings gateway = new GatewaySettings(1000, 20, "interop-dialback-secret", false, Duration.ofSeconds(300),
        Duration.ofSeconds(20), Duration.ofSeconds(600), Duration.ofSeconds(28800));
    return new NodeConfig(Set.of(domain(DOMAIN)), edge, gateway, partners);
  }

  static BridgeheadNode start(TlsSettings tls, List<InetSocketAddress> dns, XmppPartner... partners) throws Exception {
    EtcHosts.system().ensure(IP, DOMAIN);
    BlockingQueue<InboundStanza> inbound = new LinkedBlockingQueue<>();
    List<EdgeEvent> events = new CopyOnWriteArrayList<>();
    java.nio.file.Path data = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "interop", "data"))
        .resolve("node-" + System.nanoTime());
    Node n = Node.start(config(tls, dns, List.of(partners)), data, sender -> inbound::add, events::add);
    BridgeheadNode b = new BridgeheadNode(n, inbound, events);
    b.dataDir = data;
    return b;
  }

  /** A node that runs the gateway role too (SIP on {@link #IP}:5060, self-contained), not a recorder. */
  static BridgeheadNode startWithGateway(TlsSettings tls, XmppPartner... partners) throws Exception {
    return startWithGateway(tls, null, partners);
  }

  /** @param sipProxy the SIP proxy in front (proxy mode), e.g. 127.0.0.4:5060, or null for self-contained */
  static BridgeheadNode startWithGateway(TlsSettings tls, String sipProxy, XmppPartner... partners) throws Exception {
    EtcHosts.system().ensure(IP, DOMAIN);
    List<EdgeEvent> events = new CopyOnWriteArrayList<>();
    java.nio.file.Path data = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "interop", "data"))
        .resolve("node-" + System.nanoTime());
    var options = org.bridgehead.gateway.GatewayOptions.selfContained(
        org.bridgehead.gateway.sip.stack.SipEndpointSettings.plain(IP, SIP_PORT));
    if (sipProxy != null) options = options.behindProxy(org.bridgehead.gateway.sip.stack.Hop.parse(sipProxy));
    var setup = org.bridgehead.server.node.NodeSetup.embedded(config(tls, List.of(), List.of(partners)), data)
        .withGateway(options);
    Node n = Node.start(setup, null, events::add);
    return new BridgeheadNode(n, new LinkedBlockingQueue<>(), events);
  }

  static final int SIP_PORT = 5060;

  List<EdgeEvent> events() { return events; }

  InboundStanza awaitInbound(String diagnostics) throws InterruptedException {
    InboundStanza s = inbound.poll(20, TimeUnit.SECONDS);
    if (s == null) throw new AssertionError("Bridgehead received nothing; events:\n" + eventLog() + "\n" + diagnostics);
    return s;
  }

  boolean nothingInbound(Duration wait) throws InterruptedException {
    return inbound.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  CompletableFuture<Void> send(String from, String to, String body) throws Exception {
    return node.edge().sender().send(Message.chat(JidCreate.entityBareFrom(from), JidCreate.entityBareFrom(to), body));
  }

  Node node() { return node; }

  /** The node's data directory (where assigned certificates are installed). */
  java.nio.file.Path dataDir() { return dataDir; }

  String eventLog() {
    return events.stream().map(EdgeEvent::toString).collect(Collectors.joining("\n  ", "  ", ""));
  }

  static DomainBareJid domain(String d) {
    try {
      return JidCreate.domainBareFrom(d);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public void close() {
    node.close();
  }
}
