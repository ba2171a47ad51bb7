package org.bridgehead.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.edge.events.EdgeEvent;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.testkit.pki.TestPki;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;

/** One edge under test on its own loopback address, recording what it delivers and what it saw. */
final class TestNode implements AutoCloseable {
  final String domain;
  final InetSocketAddress address;
  final BlockingQueue<InboundStanza> delivered = new LinkedBlockingQueue<>();
  final List<EdgeEvent> events = new CopyOnWriteArrayList<>();
  Edge edge;
  Duration retryBase = Duration.ofMillis(50);
  Duration retryMax = Duration.ofMillis(200);
  Duration keepAlive = Duration.ofSeconds(300);
  /** Whether the gateway takes more ({@link org.bridgehead.edge.gateway.GatewayLink#ready}); always, unless a test says. */
  java.util.function.Predicate<Runnable> ready = whenReady -> true;
  private final java.util.Set<DomainBareJid> aliases = new java.util.HashSet<>();

  private TestNode(String domain, InetSocketAddress address) {
    this.domain = domain;
    this.address = address;
  }

  static TestNode at(String domain, String ip) {
    return new TestNode(domain, new InetSocketAddress(loopback(ip), freePort(ip)));
  }

  TestNode start(TlsSettings tls, List<InetSocketAddress> dns, Duration establishment, XmppPartner... partners)
      throws Exception {
    EdgeSettings es = new EdgeSettings(address, tls, dns, null, 5269, 64 * 1024, 3,
        retryBase, retryMax);
    GatewaySettings gs = new GatewaySettings(1000, 20, "secret-of-" + domain, false, keepAlive,
        establishment, Duration.ofSeconds(600), Duration.ofSeconds(28800));
    java.util.Set<DomainBareJid> local = new java.util.HashSet<>(aliases);
    local.add(jid(domain));
    NodeConfig config = new NodeConfig(local, es, gs, List.of(partners));
    edge = Edge.start(config, sender -> new org.bridgehead.edge.gateway.GatewayLink() {
      @Override
      public void deliver(InboundStanza inbound) { delivered.add(inbound); }

      @Override
      public boolean ready(Runnable whenReady) { return ready.test(whenReady); }
    }, events::add);
    return this;
  }

  TestNode start(TlsSettings tls, XmppPartner... partners) throws Exception {
    return start(tls, List.of(), Duration.ofSeconds(10), partners);
  }

  /** Serves another local domain too. */
  TestNode alsoServing(String otherDomain) {
    aliases.add(jid(otherDomain));
    return this;
  }

  InboundStanza awaitDelivery() throws InterruptedException {
    InboundStanza s = delivered.poll(15, TimeUnit.SECONDS);
    if (s == null) throw new AssertionError(domain + " received nothing; events: " + events);
    return s;
  }

  /** The partner entry another node uses to reach this one, without DNS. */
  XmppPartner.Builder asPartner() {
    return XmppPartner.builder(jid(domain)).proxyFqdn(address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** PEM files for this node's domain, issued by {@code ca}, with the CA as trust anchor. */
  TlsSettings tls(TestPki ca, TestPki trusted, Path dir) {
    TestPki.PemFiles files = ca.issue(TestPki.request().dnsName(domain).commonName(domain)).write(dir, domain);
    return new TlsSettings(files.certificateChain(), files.privateKey(), trusted.writeCertificate(dir.resolve(domain + "-trust.crt")));
  }

  static DomainBareJid jid(String domain) {
    try {
      return JidCreate.domainBareFrom(domain);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static InetAddress loopback(String ip) {
    try {
      return InetAddress.getByName(ip); // a literal: no lookup
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort(String ip) {
    try (ServerSocket s = new ServerSocket(0, 1, loopback(ip))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (edge != null) edge.close();
  }
}
