package org.bridgehead.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jxmpp.jid.DomainBareJid;

/**
 * Checks partners and whole node configurations against the rules of SPEC §2–3. Errors refuse the
 * configuration; warnings (negotiation matrix warnings) are reported but allowed.
 *
 * <p>Field paths: for {@link #validate(XmppPartner)} relative to the partner ({@code tls}); for
 * {@link #validate(NodeConfig)} the config file path ({@code partners[2].tls}).
 */
public final class PartnerValidator {
  private static final int MAX_PORT = 65535;

  private PartnerValidator() {}

  /** Rules of one partner on its own. */
  public static ValidationResult validate(XmppPartner partner) {
    Collector c = new Collector();
    checkPartner(c, partner, "");
    return c.result();
  }

  /** Rules of every partner, of the partners together, of the local domains and of the settings. */
  public static ValidationResult validate(NodeConfig config) {
    Collector c = new Collector();
    Map<String, String> localDomains = new HashMap<>();
    if (config.localDomains().isEmpty()) {
      c.error("node", "localDomains", "required", "at least one local domain is required");
    }
    for (DomainBareJid d : config.localDomains()) {
      Optional<String> p = checkDomain(c, "node", "localDomains", d);
      if (p.isEmpty()) localDomains.put(DomainNames.toAscii(d.toString()), d.toString());
    }
    Map<String, String> owner = new HashMap<>();
    for (int i = 0; i < config.partners().size(); i++) {
      XmppPartner partner = config.partners().get(i);
      String prefix = "partners[" + i + "].";
      checkPartner(c, partner, prefix);
      if (partner == null || partner.primaryDomain() == null) continue;
      String object = object(partner);
      int j = 0;
      for (DomainBareJid d : partner.domains()) {
        String field = j == 0 ? prefix + "primaryDomain" : prefix + "additionalDomains[" + (j - 1) + "]";
        j++;
        Optional<String> ascii = ascii(d);
        if (ascii.isEmpty()) continue;
        if (localDomains.containsKey(ascii.get())) {
          c.error(object, field, "partner-domain-is-local",
              "'" + d + "' is a local domain and cannot belong to a partner");
        }
        String previous = owner.putIfAbsent(ascii.get(), partner.primaryDomain().toString());
        if (previous != null && !previous.equals(partner.primaryDomain().toString())) {
          c.error(object, field, "domain-unique", "'" + d + "' already belongs to partner " + previous);
        } else if (previous != null && j == 1) {
          c.error(object, field, "domain-unique", "partner " + previous + " is configured twice");
        }
      }
    }
    checkGateway(c, config.gateway());
    checkEdge(c, config.edge());
    return c.result();
  }

  private static void checkPartner(Collector c, XmppPartner partner, String prefix) {
    if (partner == null) {
      c.error("partner", prefix.isEmpty() ? "partner" : prefix.substring(0, prefix.length() - 1),
          "required", "partner is missing");
      return;
    }
    String object = object(partner);
    if (partner.primaryDomain() == null) {
      c.error(object, prefix + "primaryDomain", "required", "primary domain is required");
    } else {
      checkDomain(c, object, prefix + "primaryDomain", partner.primaryDomain());
    }
    Map<String, String> seen = new HashMap<>();
    if (partner.primaryDomain() != null) {
      ascii(partner.primaryDomain()).ifPresent(a -> seen.put(a, "primaryDomain"));
    }
    int i = 0;
    for (DomainBareJid d : partner.additionalDomains()) {
      String field = prefix + "additionalDomains[" + i++ + "]";
      if (checkDomain(c, object, field, d).isPresent()) continue;
      String earlier = seen.putIfAbsent(DomainNames.toAscii(d.toString()), field);
      if (earlier != null) {
        c.error(object, field, "duplicate-domain", "'" + d + "' is listed twice (also as "
            + (earlier.equals("primaryDomain") ? "the primary domain" : earlier.substring(prefix.length())) + ")");
      }
    }
    if (partner.partnerType() == null) c.error(object, prefix + "partnerType", "required", "partner type is required");
    if (partner.tls() == null) c.error(object, prefix + "tls", "required", "TLS negotiation is required");
    if (partner.sasl() == null) c.error(object, prefix + "sasl", "required", "SASL negotiation is required");
    if (partner.tls() != null && partner.sasl() != null) {
      MatrixVerdict v = NegotiationMatrix.evaluate(partner);
      String message = "negotiation matrix row " + v.row() + " (TLS " + name(partner.tls()) + ", SASL "
          + name(partner.sasl()) + ", dialback " + partner.dialback() + "): " + v.message();
      switch (v.verdict()) {
        case INVALID -> c.error(object, prefix + (partner.sasl().allowed() && !partner.tls().allowed()
            ? "sasl" : "dialback"), "negotiation-matrix", message);
        case WARNING -> c.warning(object, prefix + (v.row() == 1 ? "dialback" : "tls"), "negotiation-matrix", message);
        case OK -> { }
      }
    }
    if (partner.connectionLimit() != null && partner.connectionLimit().isPresent()
        && partner.connectionLimit().getAsInt() < 1) {
      c.error(object, prefix + "connectionLimit", "min", "connection limit must be at least 1, not "
          + partner.connectionLimit().getAsInt());
    }
    if (partner.proxyFqdn() != null) {
      hostPortProblem(partner.proxyFqdn()).ifPresent(p ->
          c.error(object, prefix + "proxyFqdn", "host-port", p));
    }
  }

  private static void checkGateway(Collector c, GatewaySettings g) {
    if (g == null) {
      c.error("gateway", "gateway", "required", "gateway settings are required");
      return;
    }
    GatewayLimits.check(g, "gateway", "gateway.").forEach(p -> c.error(p.object(), p.field(), p.rule(), p.message()));
  }

  private static void checkEdge(Collector c, EdgeSettings e) {
    if (e == null) {
      c.error("edge", "edge", "required", "edge settings are required");
      return;
    }
    if (e.listen() == null) c.error("edge", "edge.listen", "required", "listen address is required");
    if (e.outboundPort() < 1 || e.outboundPort() > MAX_PORT) {
      c.error("edge", "edge.outboundPort", "port", "port must be 1 to " + MAX_PORT + ", not " + e.outboundPort());
    }
    atLeastOne(c, "edge", "edge.maxStanzaBytes", e.maxStanzaBytes());
    atLeastOne(c, "edge", "edge.outboundQueueCapacity", e.outboundQueueCapacity());
    positive(c, "edge", "edge.retryBaseDelay", e.retryBaseDelay());
    positive(c, "edge", "edge.retryMaxDelay", e.retryMaxDelay());
    if (isPositive(e.retryBaseDelay()) && isPositive(e.retryMaxDelay())
        && e.retryMaxDelay().compareTo(e.retryBaseDelay()) < 0) {
      c.error("edge", "edge.retryMaxDelay", "min", "retryMaxDelay must not be shorter than retryBaseDelay");
    }
    if (e.tls() != null) {
      if (e.tls().certificateChain() == null) {
        c.error("edge", "edge.tls.certificateChain", "required", "certificate chain file is required with tls");
      }
      if (e.tls().privateKey() == null) {
        c.error("edge", "edge.tls.privateKey", "required", "private key file is required with tls");
      }
    }
  }

  /**
   * Why {@code value} is not {@code host} or {@code host:port} (a DNS host name, an IPv4 address or a
   * bracketed IPv6 address, and a port 1–65535). Empty when it is fine.
   */
  public static Optional<String> hostPortProblem(String value) {
    String bad = "'" + value + "' is not a host or host:port";
    if (value == null || value.isBlank()) return Optional.of("host must not be empty");
    String host = value;
    String port = null;
    if (value.startsWith("[")) {
      int close = value.indexOf(']');
      if (close < 0) return Optional.of(bad);
      host = value.substring(1, close);
      String rest = value.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) return Optional.of(bad);
        port = rest.substring(1);
      }
      if (!host.contains(":") || !host.matches("[0-9a-fA-F:.]+")) return Optional.of(bad);
    } else {
      int colon = value.lastIndexOf(':');
      if (colon >= 0) {
        if (value.indexOf(':') != colon) return Optional.of(bad + " (write IPv6 addresses in brackets)");
        host = value.substring(0, colon);
        port = value.substring(colon + 1);
      }
      if (!isIpv4(host) && !DomainNames.isHostName(host)) return Optional.of(bad);
    }
    if (port != null) {
      if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > MAX_PORT) {
        return Optional.of("'" + value + "' has an invalid port (1 to " + MAX_PORT + ")");
      }
    }
    return Optional.empty();
  }

  static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) return false;
    for (String p : parts) {
      if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) return false;
    }
    return true;
  }

  static String name(Negotiation n) {
    return switch (n) {
      case REQUIRED -> "Required";
      case OPTIONAL -> "Optional";
      case NOT_SUPPORTED -> "NotSupported";
    };
  }

  private static String object(XmppPartner p) {
    return "partner " + (p.primaryDomain() == null ? "(no primary domain)" : p.primaryDomain());
  }

  private static Optional<String> checkDomain(Collector c, String object, String field, DomainBareJid d) {
    Optional<String> problem = d == null ? Optional.of("domain is missing")
        : DomainNames.syntaxProblem(d.toString());
    problem.ifPresent(p -> c.error(object, field, "domain-syntax", p));
    return problem;
  }

  private static Optional<String> ascii(DomainBareJid d) {
    if (d == null || DomainNames.syntaxProblem(d.toString()).isPresent()) return Optional.empty();
    return Optional.of(DomainNames.toAscii(d.toString()));
  }

  private static void atLeastOne(Collector c, String object, String field, int value) {
    if (value < 1) c.error(object, field, "min", "must be at least 1, not " + value);
  }

  private static void positive(Collector c, String object, String field, Duration d) {
    if (!isPositive(d)) c.error(object, field, "positive-duration", "must be a positive duration, not " + d);
  }

  private static boolean isPositive(Duration d) { return d != null && !d.isNegative() && !d.isZero(); }

  private static final class Collector {
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    void error(String object, String field, String rule, String message) {
      errors.add(new Problem(object, field, rule, message));
    }

    void warning(String object, String field, String rule, String message) {
      warnings.add(new Problem(object, field, rule, message));
    }

    ValidationResult result() { return new ValidationResult(errors, warnings); }
  }

}
