package org.bridgehead.edge.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.bridgehead.edge.dns.DnsLookupException.Reason;
import org.bridgehead.testkit.dns.LoopbackDnsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Rcode;

class XmppServerResolverTest {
  private static final String DOMAIN = "example.test";
  private static final String XMPP = "_xmpp-server._tcp.example.test";
  private static final String XMPPS = "_xmpps-server._tcp.example.test";

  private final LoopbackDnsServer dns = new LoopbackDnsServer();

  @AfterEach
  void stop() {
    dns.close();
  }

  private XmppServerResolver resolver() {
    return resolver(List.of(dns.address()), null, Duration.ofSeconds(5));
  }

  private static XmppServerResolver resolver(
      List<InetSocketAddress> servers, Path hosts, Duration timeout) {
    return new XmppServerResolver(servers, hosts, 5269, timeout, new Random(1234));
  }

  private static <T> T await(CompletableFuture<T> f) throws Exception {
    return f.get(15, TimeUnit.SECONDS);
  }

  /** The exception a future failed with (unwrapped from ExecutionException). */
  private static Throwable failure(CompletableFuture<?> f) {
    ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
        ExecutionException.class, () -> f.get(15, TimeUnit.SECONDS));
    return e.getCause();
  }

  private static List<String> socketStrings(List<InetSocketAddress> sockets) {
    return sockets.stream().map(s -> s.getAddress().getHostAddress() + ":" + s.getPort()).toList();
  }

  private static DatagramSocket silentUdpSocket() throws Exception {
    return new DatagramSocket(new InetSocketAddress(dnsLoopback(), 0));
  }

  private static InetAddress dnsLoopback() throws Exception {
    return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
  }

  // ---- targets ------------------------------------------------------------------------------

  @Test
  void mergesXmppsAndXmppRecordsOrderedByPriority() throws Exception {
    dns.addSrv(XMPP, 20, 10, 5269, "starttls.example.test");
    dns.addSrv(XMPP, 5, 10, 5270, "primary.example.test");
    dns.addSrv(XMPPS, 10, 10, 5223, "tls.example.test.");

    List<SrvTarget> targets = await(resolver().targets(DOMAIN, null));

    assertThat(targets).containsExactly(
        new SrvTarget("primary.example.test", 5270, 5, 10, false),
        new SrvTarget("tls.example.test", 5223, 10, 10, true),
        new SrvTarget("starttls.example.test", 5269, 20, 10, false));
    assertThat(dns.queryCount(XMPP)).isEqualTo(1);
    assertThat(dns.queryCount(XMPPS)).isEqualTo(1);
  }

  @Test
  void samePriorityAcrossBothServicesIsWeighted() throws Exception {
    dns.addSrv(XMPP, 10, 1, 5269, "starttls.example.test");
    dns.addSrv(XMPPS, 10, 1000, 5223, "tls.example.test");
    XmppServerResolver resolver = resolver();

    int tlsFirst = 0;
    for (int i = 0; i < 20; i++) {
      List<SrvTarget> targets = await(resolver.targets(DOMAIN, null));
      assertThat(targets).hasSize(2);
      tlsFirst += targets.get(0).directTls() ? 1 : 0;
    }
    assertThat(tlsFirst).isGreaterThanOrEqualTo(18); // P(tls first) = 1000/1002 each time
  }

  @Test
  void loneDotTargetMeansNoService() {
    dns.addSrv(XMPP, 0, 0, 0, ".");

    Throwable e = failure(resolver().targets(DOMAIN, null));

    assertThat(e).isInstanceOf(NoXmppServiceException.class)
        .hasMessageContaining(DOMAIN).hasMessageContaining("decidedly not available");
    assertThat(((NoXmppServiceException) e).reason()).isEqualTo(Reason.NO_SERVICE);
    assertThat(((NoXmppServiceException) e).server()).isEqualTo(dns.address());
    assertThat(dns.queryCount(DOMAIN)).as("no A/AAAA fallback").isZero();
  }

  @Test
  void dotOnPlainServiceButDirectTlsRecordsUsesTheDirectTlsOnes() throws Exception {
    dns.addSrv(XMPP, 0, 0, 0, ".");
    dns.addSrv(XMPPS, 10, 0, 5223, "tls.example.test");

    assertThat(await(resolver().targets(DOMAIN, null)))
        .containsExactly(new SrvTarget("tls.example.test", 5223, 10, 0, true));
  }

  @Test
  void noSrvRecordsFallsBackToTheDomainOnTheDefaultPort() throws Exception {
    dns.addA(DOMAIN, "127.0.60.1");

    XmppServerResolver resolver = resolver();
    assertThat(await(resolver.targets(DOMAIN, null)))
        .containsExactly(new SrvTarget(DOMAIN, 5269, 0, 0, false));
    assertThat(await(resolver.endpoints(DOMAIN, null))).containsExactly(
        new ResolvedEndpoint(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 60, 1}), 5269), DOMAIN, false));
  }

  @Test
  void emptySrvAnswerAlsoFallsBack() throws Exception {
    dns.addA(XMPP, "127.0.60.99"); // the name exists but has no SRV: NOERROR, empty

    assertThat(await(resolver().targets(DOMAIN + ".", null)))
        .containsExactly(new SrvTarget(DOMAIN, 5269, 0, 0, false));
  }

  @Test
  void proxyFqdnOverridesDnsWithoutAnyQuery() throws Exception {
    dns.addSrv(XMPP, 0, 0, 5269, "ignored.example.test");
    XmppServerResolver resolver = resolver();

    assertThat(await(resolver.targets(DOMAIN, "proxy.example.test")))
        .containsExactly(new SrvTarget("proxy.example.test", 5269, 0, 0, false));
    assertThat(await(resolver.targets(DOMAIN, "proxy.example.test:5299")))
        .containsExactly(new SrvTarget("proxy.example.test", 5299, 0, 0, false));
    assertThat(await(resolver.endpoints(DOMAIN, "127.0.0.42:5300")))
        .extracting(ResolvedEndpoint::address)
        .containsExactly(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 42}),
            5300));

    assertThat(dns.totalQueryCount()).isZero();
  }

  @Test
  void srvServfailIsReportedWithQueryAndServer() {
    dns.failWith(XMPP, Rcode.SERVFAIL).failWith(XMPPS, Rcode.SERVFAIL);

    Throwable e = failure(resolver().targets(DOMAIN, null));

    assertThat(e).isInstanceOf(DnsLookupException.class)
        .hasMessageContaining("_xmpps-server._tcp.example.test SRV")
        .hasMessageContaining("SERVFAIL")
        .hasMessageContaining("127.0.0.1:" + dns.address().getPort());
    assertThat(((DnsLookupException) e).reason()).isEqualTo(Reason.SERVFAIL);
    assertThat(e.getSuppressed()).singleElement()
        .satisfies(s -> assertThat(s).hasMessageContaining("_xmpp-server._tcp.example.test SRV"));
  }

  @Test
  void oneSrvQueryFailingDoesNotHideTheOtherRecords() throws Exception {
    dns.failWith(XMPPS, Rcode.SERVFAIL);
    dns.addSrv(XMPP, 10, 0, 5269, "starttls.example.test");

    assertThat(await(resolver().targets(DOMAIN, null)))
        .containsExactly(new SrvTarget("starttls.example.test", 5269, 10, 0, false));
  }

  // ---- addresses ----------------------------------------------------------------------------

  @Test
  void addressesPutIpv4First() throws Exception {
    dns.addAaaa("xmpp.example.test", "::1")
        .addA("xmpp.example.test", "127.0.60.1")
        .addA("xmpp.example.test", "127.0.60.2");

    List<InetSocketAddress> sockets =
        await(resolver().addresses(new SrvTarget("xmpp.example.test", 5270, 0, 0, false)));

    assertThat(socketStrings(sockets))
        .containsExactly("127.0.60.1:5270", "127.0.60.2:5270", "0:0:0:0:0:0:0:1:5270");
    assertThat(sockets.get(0).getHostString()).isEqualTo("xmpp.example.test");
  }

  @Test
  void ipLiteralNeedsNoQuery() throws Exception {
    XmppServerResolver resolver = resolver();

    assertThat(socketStrings(await(resolver.addresses(new SrvTarget("127.0.0.7", 5269, 0, 0,
        false))))).containsExactly("127.0.0.7:5269");
    assertThat(socketStrings(await(resolver.addresses(new SrvTarget("::1", 5269, 0, 0,
        false))))).containsExactly("0:0:0:0:0:0:0:1:5269");
    assertThat(dns.totalQueryCount()).isZero();
  }

  @Test
  void hostsFileTakesPrecedenceOverDns(@TempDir Path dir) throws Exception {
    Path hosts = dir.resolve("hosts");
    Files.writeString(hosts, """
        # test hosts
        ::2          XMPP.example.test
        127.0.0.9    xmpp.example.test other-name
        """);
    dns.addA("xmpp.example.test", "127.0.60.1");
    dns.addA("dns-only.example.test", "127.0.60.3");
    XmppServerResolver resolver = resolver(List.of(dns.address()), hosts, Duration.ofSeconds(5));

    assertThat(socketStrings(await(resolver.addresses(
        new SrvTarget("Xmpp.Example.Test", 5269, 0, 0, false)))))
        .containsExactly("127.0.0.9:5269", "0:0:0:0:0:0:0:2:5269");
    assertThat(dns.queryCount("xmpp.example.test")).isZero();

    assertThat(socketStrings(await(resolver.addresses(
        new SrvTarget("dns-only.example.test", 5269, 0, 0, false)))))
        .containsExactly("127.0.60.3:5269");
  }

  @Test
  void hostsFileWithoutDnsServersSkipsSrvAndUsesTheFile(@TempDir Path dir) throws Exception {
    Path hosts = dir.resolve("hosts");
    Files.writeString(hosts, "127.0.0.5 fabrikam.example.test\n");
    XmppServerResolver resolver = resolver(List.of(), hosts, Duration.ofSeconds(5));

    assertThat(await(resolver.endpoints("fabrikam.example.test", null)))
        .extracting(e -> e.address().getAddress().getHostAddress() + ":" + e.address().getPort())
        .containsExactly("127.0.0.5:5269");
    assertThat(resolver.endpoints("elsewhere.example.test", null))
        .failsWithin(Duration.ofSeconds(5)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withMessageContaining("elsewhere.example.test");
  }

  @Test
  void nxdomainNamesHostAndServer() {
    Throwable e = failure(resolver().addresses(new SrvTarget("gone.example.test", 5269, 0, 0,
        false)));

    assertThat(e).isInstanceOf(DnsLookupException.class)
        .hasMessage("gone.example.test A/AAAA: no such name (NXDOMAIN) (DNS server 127.0.0.1:"
            + dns.address().getPort() + ")");
    DnsLookupException dle = (DnsLookupException) e;
    assertThat(dle.reason()).isEqualTo(Reason.NXDOMAIN);
    assertThat(dle.name()).isEqualTo("gone.example.test");
    assertThat(dle.server()).isEqualTo(dns.address());
  }

  @Test
  void knownNameWithoutAddressesIsNoData() {
    dns.addSrv("nohost.example.test", 0, 0, 1, "x.example.test");

    Throwable e = failure(resolver().addresses(new SrvTarget("nohost.example.test", 5269, 0, 0,
        false)));

    assertThat(((DnsLookupException) e).reason()).isEqualTo(Reason.NO_DATA);
    assertThat(e).hasMessageContaining("no A or AAAA records");
  }

  // ---- endpoints ----------------------------------------------------------------------------

  @Test
  void endpointsFlattenTargetsThenAddressesSkippingUnresolvableTargets() throws Exception {
    dns.addSrv(XMPPS, 5, 0, 5223, "tls.example.test");
    dns.addSrv(XMPP, 10, 0, 5269, "a.example.test");
    dns.addSrv(XMPP, 15, 0, 5269, "missing.example.test");
    dns.addSrv(XMPP, 20, 0, 5270, "b.example.test");
    dns.addA("tls.example.test", "127.0.60.5");
    dns.addAaaa("a.example.test", "::1").addA("a.example.test", "127.0.60.10");
    dns.addA("b.example.test", "127.0.60.20");

    List<ResolvedEndpoint> endpoints = await(resolver().endpoints(DOMAIN, null));

    assertThat(endpoints).extracting(e -> e.host() + " " + e.address().getAddress().getHostAddress()
        + ":" + e.address().getPort() + (e.directTls() ? " tls" : "")).containsExactly(
            "tls.example.test 127.0.60.5:5223 tls",
            "a.example.test 127.0.60.10:5269",
            "a.example.test 0:0:0:0:0:0:0:1:5269",
            "b.example.test 127.0.60.20:5270");
  }

  @Test
  void endpointsFailWhenNoTargetResolves() {
    dns.addSrv(XMPP, 10, 0, 5269, "missing1.example.test");
    dns.addSrv(XMPP, 20, 0, 5269, "missing2.example.test");

    Throwable e = failure(resolver().endpoints(DOMAIN, null));

    assertThat(e).isInstanceOf(DnsLookupException.class).hasMessageContaining("missing1");
    assertThat(e.getSuppressed()).singleElement()
        .satisfies(s -> assertThat(s).hasMessageContaining("missing2"));
  }

  // ---- timeouts, failover, no resolver ------------------------------------------------------

  @Test
  void silentServerTimesOutWithoutBlockingTheCaller() throws Exception {
    try (DatagramSocket silent = silentUdpSocket()) {
      InetSocketAddress silentAddress = (InetSocketAddress) silent.getLocalSocketAddress();
      XmppServerResolver resolver =
          resolver(List.of(silentAddress), null, Duration.ofMillis(300));

      long start = System.nanoTime();
      CompletableFuture<List<SrvTarget>> f = resolver.targets(DOMAIN, null);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(250));
      assertThat(f).isNotDone();

      Throwable e = failure(f);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(e).isInstanceOf(DnsLookupException.class)
          .hasMessageContaining("SRV")
          .hasMessageContaining("no answer within 300 ms")
          .hasMessageContaining("127.0.0.1:" + silentAddress.getPort());
      assertThat(((DnsLookupException) e).reason()).isEqualTo(Reason.TIMEOUT);
    }
  }

  @Test
  void timedOutServerFailsOverToTheNextConfiguredServer() throws Exception {
    dns.addA("xmpp.example.test", "127.0.60.1");
    try (DatagramSocket silent = silentUdpSocket()) {
      XmppServerResolver resolver = resolver(
          List.of((InetSocketAddress) silent.getLocalSocketAddress(), dns.address()), null,
          Duration.ofMillis(300));

      assertThat(socketStrings(await(resolver.addresses(
          new SrvTarget("xmpp.example.test", 5269, 0, 0, false))))).containsExactly(
              "127.0.60.1:5269");
    }
  }

  @Test
  void servfailFailsOverToTheNextServer() throws Exception {
    try (LoopbackDnsServer broken = new LoopbackDnsServer()) {
      broken.failWith("xmpp.example.test", Rcode.SERVFAIL);
      dns.addA("xmpp.example.test", "127.0.60.1");
      XmppServerResolver resolver =
          resolver(List.of(broken.address(), dns.address()), null, Duration.ofSeconds(5));

      assertThat(socketStrings(await(resolver.addresses(
          new SrvTarget("xmpp.example.test", 5269, 0, 0, false))))).containsExactly(
              "127.0.60.1:5269");
      assertThat(broken.queryCount("xmpp.example.test")).isEqualTo(2); // A and AAAA
    }
  }

  @Test
  void noDnsServerConfiguredFailsClearlyButProxyAndLiteralsStillWork() throws Exception {
    XmppServerResolver resolver = resolver(List.of(), null, Duration.ofSeconds(1));

    assertThat(failure(resolver.targets(DOMAIN, null)))
        .isInstanceOf(DnsLookupException.class)
        .hasMessageContaining("no DNS resolver configured")
        .satisfies(e -> assertThat(((DnsLookupException) e).reason())
            .isEqualTo(Reason.NO_RESOLVER));
    assertThat(failure(resolver.addresses(new SrvTarget("xmpp.example.test", 5269, 0, 0, false))))
        .hasMessageContaining("no DNS resolver configured");
    assertThat(await(resolver.endpoints(DOMAIN, "127.0.0.5:5269")))
        .extracting(e -> e.address().getPort()).containsExactly(5269);
  }

  @Test
  void rejectsUnresolvedDnsServerAddresses() {
    assertThatThrownBy(() -> resolver(
        List.of(InetSocketAddress.createUnresolved("dns.example.test", 53)), null,
        Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dns.example.test");
  }
}
