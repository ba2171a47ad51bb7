package org.bridgehead.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bridgehead.config.TestData.domain;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  private static final String FULL = """
      localDomains: [contoso.test]
      edge:
        listen: 127.0.0.1:5269
        tls: {certificateChain: certs/edge.crt, privateKey: certs/edge.key, trustAnchors: certs/ca.crt}
        dnsResolvers: [127.0.0.1:5353]
        hostsFile: /etc/hosts
        maxStanzaBytes: 262144
        outboundQueueCapacity: 1000
      gateway: {connectionLimit: 1000, perPartnerConnectionLimit: 20, dialbackSecret: s3cret-dialback-secret, keepAliveInterval: 300s, streamEstablishmentTimeout: 60s, streamInactivityTimeout: 600s}
      partners:
        - primaryDomain: fabrikam.test
          partnerType: Federated        # Federated | PublicVerified | PublicUnverified
          tls: Required                 # Required | Optional | NotSupported
          sasl: Optional
          dialback: true
          additionalDomains: [corp.fabrikam.test]
          proxyFqdn: xmpp.fabrikam.test
          keepAlive: true
          connectionLimit: 10
      """;

  @TempDir Path dir;

  @Test
  void loadsTheDocumentedExample() throws IOException {
    LoadedConfig loaded = ConfigFile.load(write(FULL));
    NodeConfig c = loaded.config();

    assertThat(loaded.warnings()).isEmpty();
    assertThat(c.localDomains()).containsExactly(domain("contoso.test"));
    assertThat(c.edge().listen()).isEqualTo(new InetSocketAddress("127.0.0.1", 5269));
    assertThat(c.edge().tls()).isEqualTo(new TlsSettings(dir.resolve("certs/edge.crt"), dir.resolve("certs/edge.key"),
        dir.resolve("certs/ca.crt")));
    assertThat(c.edge().dnsResolvers()).containsExactly(new InetSocketAddress("127.0.0.1", 5353));
    assertThat(c.edge().hostsFile()).isEqualTo(Path.of("/etc/hosts"));
    assertThat(c.edge().maxStanzaBytes()).isEqualTo(262144);
    assertThat(c.gateway()).isEqualTo(new GatewaySettings(1000, 20, "s3cret-dialback-secret", false, Duration.ofSeconds(300),
        Duration.ofSeconds(60), Duration.ofSeconds(600), Duration.ofSeconds(28800)));
    assertThat(c.partners()).containsExactly(XmppPartner.builder(domain("fabrikam.test"))
        .partnerType(PartnerType.FEDERATED).tls(Negotiation.REQUIRED).sasl(Negotiation.OPTIONAL).dialback(true)
        .additionalDomains(Set.of(domain("corp.fabrikam.test"))).proxyFqdn("xmpp.fabrikam.test").keepAlive(true)
        .connectionLimit(OptionalInt.of(10)).build());
  }

  @Test
  void defaultsApplied() throws IOException {
    LoadedConfig loaded = ConfigFile.load(write("""
        localDomains: [contoso.test]
        partners:
          - primaryDomain: fabrikam.test
        """));

    NodeConfig c = loaded.config();
    assertThat(c.edge()).isEqualTo(EdgeSettings.defaults());
    assertThat(c.gateway()).isEqualTo(GatewaySettings.DEFAULTS);
    assertThat(c.partners()).containsExactly(XmppPartner.builder(domain("fabrikam.test")).build());
    XmppPartner p = c.partners().get(0);
    assertThat(p.partnerType()).isEqualTo(PartnerType.PUBLIC_UNVERIFIED);
    assertThat(p.tls()).isEqualTo(Negotiation.REQUIRED);
    assertThat(p.sasl()).isEqualTo(Negotiation.REQUIRED);
    assertThat(p.dialback()).isTrue();
    assertThat(p.keepAlive()).isTrue();
    assertThat(p.connectionLimit()).isEmpty();
    assertThat(loaded.warnings()).singleElement().satisfies(w -> {
      assertThat(w.field()).isEqualTo("partners[0].dialback");
      assertThat(w.message()).isEqualTo("partners[0].dialback: negotiation matrix row 1 (TLS Required, SASL Required,"
          + " dialback true): " + NegotiationMatrix.BOTH_REQUIRED_WARNING + " (line 3)");
    });
  }

  @Test
  void roundTrip() throws IOException {
    NodeConfig original = ConfigFile.load(write(FULL)).config();
    Path exported = dir.resolve("export.yaml");

    ConfigFile.write(original, exported);

    assertThat(ConfigFile.load(exported).config()).isEqualTo(original);
    assertThat(Files.readString(exported)).contains("certificateChain: certs/edge.crt").contains("keepAliveInterval: 300s")
        .contains("tls: Required").contains("partnerType: Federated");
  }

  @Test
  void roundTripOfEverythingSet() throws IOException {
    NodeConfig original = new NodeConfig(Set.of(domain("contoso.test"), domain("b\u00fccher.test")),
        new EdgeSettings(new InetSocketAddress("::1", 15269), new TlsSettings(Path.of("/etc/bh/edge.crt"),
            dir.resolve("edge.key"), null), List.of(new InetSocketAddress("127.0.60.53", 53),
            new InetSocketAddress("::1", 5353)), dir.resolve("hosts"), 5270, 65536, 10,
            Duration.ofMillis(1500), Duration.ofMinutes(10)),
        new GatewaySettings(500, 5, null, true, Duration.ofSeconds(30), Duration.ofSeconds(20),
            Duration.ofSeconds(900), Duration.ofHours(1)),
        List.of(XmppPartner.builder(domain("fabrikam.test")).description("Fabrikam: partner # 1")
                .partnerType(PartnerType.PUBLIC_VERIFIED).tls(Negotiation.OPTIONAL).sasl(Negotiation.NOT_SUPPORTED)
                .additionalDomains(Set.of(domain("corp.fabrikam.test"), domain("it.fabrikam.test")))
                .proxyFqdn("[::1]:5269").keepAlive(false).connectionLimit(OptionalInt.of(3)).build(),
            XmppPartner.builder(domain("gmail.test")).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED)
                .keepAlive(false).build()));
    Path file = dir.resolve("node.yaml");

    ConfigFile.write(original, file);

    assertThat(ConfigFile.load(file).config()).isEqualTo(original);
  }

  @Test
  void relativePathsResolveAgainstTheFilesDirectory() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("etc/bridgehead"));
    Path file = sub.resolve("node.yaml");
    Files.writeString(file, """
        localDomains: [contoso.test]
        edge:
          tls: {certificateChain: ../certs/edge.crt, privateKey: edge.key}
          hostsFile: hosts
        """);

    EdgeSettings e = ConfigFile.load(file).config().edge();

    assertThat(e.tls().certificateChain()).isEqualTo(dir.resolve("etc/certs/edge.crt"));
    assertThat(e.tls().privateKey()).isEqualTo(sub.resolve("edge.key"));
    assertThat(e.tls().trustAnchors()).isNull();
    assertThat(e.hostsFile()).isEqualTo(sub.resolve("hosts"));
  }

  @Test
  void durationForms() throws IOException {
    GatewaySettings g = ConfigFile.load(write("""
        localDomains: [contoso.test]
        gateway:
          keepAliveInterval: 5m
          streamEstablishmentTimeout: PT90S
          streamInactivityTimeout: 2h
          subscriptionRefreshInterval: 1d
        edge: {retryBaseDelay: 250ms}
        """)).config().gateway();

    assertThat(g.keepAliveInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(g.streamEstablishmentTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(g.streamInactivityTimeout()).isEqualTo(Duration.ofHours(2));
    assertThat(g.subscriptionRefreshInterval()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void badEnumNamesPathAndLine() {
    ConfigValidationException e = loadFails("""
        localDomains: [contoso.test]
        partners:
          - primaryDomain: fabrikam.test
            tls: Maybe
        """);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("partners[0].tls");
      assertThat(p.rule()).isEqualTo("enum");
      assertThat(p.message()).isEqualTo(
          "partners[0].tls: 'Maybe' is not one of Required, Optional, NotSupported (line 4)");
    });
  }

  @Test
  void everyProblemIsListedWithItsLine() {
    ConfigValidationException e = loadFails("""
        localDomains: [contoso.test]
        edge:
          listen: localhost:5269
          colour: blue
          maxStanzaBytes: lots
        gateway:
          keepAliveInterval: 300
          perPartnerConnectionLimit: 0
        partners:
          - primaryDomain: fabrikam.test
            partnerType: Friendly
            dialback: maybe
          - primaryDomain: litware.test
            tls: NotSupported
            sasl: Optional
            proxyFqdn: "bad host"
          - description: no domain
        """);

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "edge.listen: 'localhost:5269' is not an IP address with an optional :port (IPv6 in brackets) (line 3)",
        "edge.colour: unknown key (expected one of listen, tls, dnsResolvers, hostsFile, outboundPort, "
            + "maxStanzaBytes, outboundQueueCapacity, retryBaseDelay, retryMaxDelay) (line 4)",
        "edge.maxStanzaBytes: 'lots' is not a whole number (line 5)",
        "gateway.keepAliveInterval: '300' is not a duration (write 300s, 5m, 1h, 500ms or ISO-8601 such as PT5M)"
            + " (line 7)",
        "gateway.perPartnerConnectionLimit: must be between 1 and 10000, not 0 (line 8)",
        "partners[0].partnerType: 'Friendly' is not one of Federated, PublicVerified, PublicUnverified (line 11)",
        "partners[0].dialback: 'maybe' is not true or false (line 12)",
        "partners[1].sasl: negotiation matrix row 11 (TLS NotSupported, SASL Optional, dialback true): "
            + "SASL requires TLS support: SASL cannot be Required or Optional when TLS is NotSupported (line 15)",
        "partners[1].proxyFqdn: 'bad host' is not a host or host:port (line 16)",
        "partners[2].primaryDomain: is required (line 17)");
    assertThat(e.getMessage()).startsWith("10 configuration problems:");
  }

  @Test
  void validatorProblemsKeepFileIndexWhenAPartnerIsDropped() {
    ConfigValidationException e = loadFails("""
        localDomains: [contoso.test]
        partners:
          - partnerType: Federated
          - primaryDomain: contoso.test
        """);

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "partners[0].primaryDomain: is required (line 3)",
        "partners[1].primaryDomain: 'contoso.test' is a local domain and cannot belong to a partner (line 4)");
  }

  @Test
  void duplicatesAndConflictsAcrossPartners() {
    ConfigValidationException e = loadFails("""
        localDomains: [contoso.test]
        partners:
          - primaryDomain: fabrikam.test
            additionalDomains: [corp.fabrikam.test, corp.fabrikam.test]
          - primaryDomain: corp.fabrikam.test
        """);

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "partners[0].additionalDomains[1]: 'corp.fabrikam.test' is listed twice (line 4)",
        "partners[1].primaryDomain: 'corp.fabrikam.test' already belongs to partner fabrikam.test (line 5)");
  }

  @Test
  void localDomainsRequired() {
    assertThat(loadFails("partners: []\n").problems()).extracting(Problem::field, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("localDomains", "required"));
    assertThat(loadFails("").problems()).extracting(Problem::rule).containsExactly("required");
    assertThat(loadFails("localDomains: []\n").getMessage()).contains("at least one local domain");
  }

  @Test
  void structureErrors() {
    ConfigValidationException e = loadFails("""
        localDomains: contoso.test
        edge: [1, 2]
        partners:
          primaryDomain: fabrikam.test
        """);
    assertThat(e.problems()).extracting(Problem::message).contains(
        "localDomains: expected a list (line 1)",
        "edge: expected a mapping of keys to values (line 2)",
        "partners: expected a list (line 3)");
  }

  @Test
  void yamlSyntaxAndDuplicateKeys() {
    assertThat(loadFails("localDomains: [contoso.test\n").problems()).singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("yaml-syntax"));
    ConfigValidationException dup = loadFails("""
        localDomains: [contoso.test]
        gateway: {}
        gateway: {}
        """);
    assertThat(dup.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("yaml-syntax");
      assertThat(p.message()).contains("gateway").contains("(line 3)");
    });
  }

  @Test
  void ipv6AndDefaultPorts() throws IOException {
    EdgeSettings e = ConfigFile.load(write("""
        localDomains: [contoso.test]
        edge: {listen: "[::1]:5269", dnsResolvers: [127.0.60.53, "[::1]:5353"]}
        """)).config().edge();
    assertThat(e.listen()).isEqualTo(new InetSocketAddress("::1", 5269));
    assertThat(e.dnsResolvers()).containsExactly(new InetSocketAddress("127.0.60.53", 53),
        new InetSocketAddress("::1", 5353));
  }

  @Test
  void formatDuration() {
    assertThat(ConfigFile.formatDuration(Duration.ofMinutes(5))).isEqualTo("300s");
    assertThat(ConfigFile.formatDuration(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(ConfigFile.formatDuration(Duration.ofNanos(5))).isEqualTo("PT0.000000005S");
  }

  private ConfigValidationException loadFails(String yaml) {
    return catchThrowableOfType(ConfigValidationException.class, () -> ConfigFile.load(write(yaml)));
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("node.yaml"), yaml);
  }
}
