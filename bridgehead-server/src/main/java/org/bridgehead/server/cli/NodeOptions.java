package org.bridgehead.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bridgehead.config.ConfigFile;
import org.bridgehead.config.EdgeSettings;
import org.bridgehead.config.GatewaySettings;
import org.bridgehead.config.LoadedConfig;
import org.bridgehead.config.NodeConfig;
import org.bridgehead.config.Problem;
import org.bridgehead.gateway.GatewayOptions;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipStackKind;
import org.bridgehead.management.store.StoreLocation;
import org.bridgehead.server.node.FirstRunCertificate;
import org.bridgehead.server.node.NodeSetup;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import picocli.CommandLine.Option;

/** The options that say which node to run: a configuration file, or a domain and defaults. */
public final class NodeOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (partners, TLS, DNS, settings).")
  Path config;

  @Option(names = "--domain", split = ",", paramLabel = "DOMAIN",
      description = "Local XMPP domain(s) when no --config is given, e.g. contoso.test.")
  List<String> domains = new ArrayList<>();

  @Option(names = "--listen", paramLabel = "IP:PORT", description = "S2S listener (default: from config, else 127.0.0.1:5269).")
  String listen;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data",
      description = "Where the node keeps its files (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "PostgreSQL store shared by a pool of nodes (password from BRIDGEHEAD_JDBC_PASSWORD); default: embedded under --data-dir.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "bridgehead", description = "PostgreSQL user (default: ${DEFAULT-VALUE}).")
  String jdbcUser;

  @Option(names = "--api-listen", paramLabel = "IP:PORT|none", defaultValue = "127.0.0.1:8080",
      description = "Management API and control panel (default: ${DEFAULT-VALUE}; none: no API).")
  String apiListen;

  @Option(names = "--sip-listen", paramLabel = "IP:PORT|none", defaultValue = "127.0.0.1:5060",
      description = "SIP (UDP and TCP) for the gateway role (default: ${DEFAULT-VALUE}; none: no gateway).")
  String sipListen;

  @Option(names = "--sip-proxy", paramLabel = "IP:PORT[;transport=udp|tcp]",
      description = "Run behind this SIP proxy/presence server (e.g. Kamailio) instead of being the registrar.")
  String sipProxy;

  @Option(names = "--sip-stack", paramLabel = "netty|jain", defaultValue = "netty",
      description = "The SIP stack of the gateway: Bridgehead's own on Netty, or JAIN-SIP (default: ${DEFAULT-VALUE}).")
  String sipStack;

  /** Builds the node's setup, printing warnings; throws IllegalArgumentException on bad input. */
  public NodeSetup resolve(java.io.PrintWriter out) {
    NodeConfig config = config(out);
    StoreLocation store = jdbcUrl != null
        ? StoreLocation.jdbc(jdbcUrl, jdbcUser, System.getenv().getOrDefault("BRIDGEHEAD_JDBC_PASSWORD", ""))
        : StoreLocation.embedded(dataDir);
    var api = apiListen == null || apiListen.equalsIgnoreCase("none") ? null : SocketAddresses.parse(apiListen, 8080);
    return new NodeSetup(config.localDomains(), config.edge(), store, this.config != null ? config : null, dataDir, api,
        gateway());
  }

  private GatewayOptions gateway() {
    if (sipListen == null || sipListen.equalsIgnoreCase("none")) {
      if (sipProxy != null) throw new IllegalArgumentException("--sip-proxy needs a SIP listener (--sip-listen)");
      return null;
    }
    var listen = SocketAddresses.parse(sipListen, 5060);
    GatewayOptions options;
    try {
      options = GatewayOptions.selfContained(SipEndpointSettings.plain(listen.getAddress().getHostAddress(), listen.getPort()))
          .withStack(SipStackKind.of(sipStack));
      return sipProxy == null ? options : options.behindProxy(Hop.parse(sipProxy));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad SIP option: " + e.getMessage());
    }
  }

  private NodeConfig config(java.io.PrintWriter out) {
    NodeConfig base;
    if (config != null) {
      if (!domains.isEmpty()) throw new IllegalArgumentException("give local domains in --config or with --domain, not both");
      LoadedConfig loaded;
      try {
        loaded = ConfigFile.load(config);
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot read " + config + ": " + e.getMessage());
      } catch (org.bridgehead.config.ConfigValidationException e) {
        throw new IllegalArgumentException(config + " is not valid:\n  "
            + String.join("\n  ", e.problems().stream().map(Problem::message).toList()));
      }
      for (Problem w : loaded.warnings()) out.println("warning: " + w.message());
      base = loaded.config();
    } else {
      if (domains.isEmpty()) throw new IllegalArgumentException("give --domain DOMAIN (or --config FILE)");
      Set<DomainBareJid> local = new LinkedHashSet<>();
      for (String d : domains) local.add(domain(d));
      EdgeSettings edge = EdgeSettings.defaults();
      var tls = FirstRunCertificate.ensure(dataDir.resolve("certs"), domains);
      base = new NodeConfig(local, edge.withTls(tls), GatewaySettings.DEFAULTS, List.of());
    }
    if (listen != null) base = new NodeConfig(base.localDomains(), withListen(base.edge(), listen), base.gateway(), base.partners());
    return base;
  }

  private static DomainBareJid domain(String d) {
    try {
      return JidCreate.domainBareFrom(d);
    } catch (XmppStringprepException e) {
      throw new IllegalArgumentException("'" + d + "' is not a valid domain: " + e.getMessage());
    }
  }

  private static EdgeSettings withListen(EdgeSettings e, String listen) {
    return new EdgeSettings(SocketAddresses.parse(listen, 5269), e.tls(), e.dnsResolvers(), e.hostsFile(),
        e.outboundPort(), e.maxStanzaBytes(), e.outboundQueueCapacity(), e.retryBaseDelay(), e.retryMaxDelay());
  }
}
