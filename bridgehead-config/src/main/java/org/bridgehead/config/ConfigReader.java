package org.bridgehead.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** Maps the YAML tree of a config file to the records, collecting every problem with its path and line. */
final class ConfigReader {

  /** Lync's names of an enum's constants, e.g. {@code NotSupported}. */
  static final class Names<E extends Enum<E>> {
    private final Map<E, String> names = new LinkedHashMap<>();

    Names(Class<E> type, String... lyncNames) {
      E[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) names.put(constants[i], lyncNames[i]);
    }

    String nameOf(E value) { return names.get(value); }

    E parse(String text) {
      for (Map.Entry<E, String> e : names.entrySet()) {
        if (e.getValue().equalsIgnoreCase(text)) return e.getKey();
      }
      return null;
    }

    String choices() { return String.join(", ", names.values()); }
  }

  static final Names<Negotiation> NEGOTIATIONS =
      new Names<>(Negotiation.class, "Required", "Optional", "NotSupported");
  static final Names<PartnerType> PARTNER_TYPES =
      new Names<>(PartnerType.class, "Federated", "PublicVerified", "PublicUnverified");

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);
  private static final int DNS_PORT = 53;

  /** The mapped configuration; {@code partnerIndex.get(i)} is the file index of {@code partners().get(i)}. */
  record Mapped(NodeConfig config, List<Integer> partnerIndex) {}

  private final String source;
  private final Path baseDir;
  private final Map<String, Integer> lines;
  private final List<Problem> errors = new ArrayList<>();

  ConfigReader(String source, Path baseDir, Map<String, Integer> lines) {
    this.source = source;
    this.baseDir = baseDir;
    this.lines = lines;
  }

  List<Problem> errors() { return errors; }

  Mapped read(JsonNode root) {
    if (absent(root) || !checkObject(root, "", ConfigFile.ROOT_KEYS)) root = MissingNode.getInstance();
    // a missing or empty localDomains is reported by PartnerValidator
    Set<DomainBareJid> locals = domains(root.get("localDomains"), "localDomains");
    EdgeSettings edge = edge(root.get("edge"));
    GatewaySettings gateway = gateway(root.get("gateway"));
    List<XmppPartner> partners = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<JsonNode> partnerNodes = list(root.get("partners"), "partners");
    for (int i = 0; i < partnerNodes.size(); i++) {
      XmppPartner p = partner(partnerNodes.get(i), "partners[" + i + "]");
      if (p != null) {
        partners.add(p);
        index.add(i);
      }
    }
    return new Mapped(new NodeConfig(locals, edge, gateway, partners), index);
  }

  private EdgeSettings edge(JsonNode n) {
    EdgeSettings d = EdgeSettings.defaults();
    if (absent(n) || !checkObject(n, "edge", ConfigFile.EDGE_KEYS)) return d;
    InetSocketAddress listen = orElse(value(n, "edge", "listen", (v, p) -> address(v, p, d.outboundPort())), d.listen());
    TlsSettings tls = tls(n.get("tls"));
    List<InetSocketAddress> resolvers = new ArrayList<>();
    List<JsonNode> rs = list(n.get("dnsResolvers"), "edge.dnsResolvers");
    for (int i = 0; i < rs.size(); i++) {
      String path = "edge.dnsResolvers[" + i + "]";
      String text = scalar(rs.get(i), path);
      InetSocketAddress a = text == null ? null : address(text, path, DNS_PORT);
      if (a != null) resolvers.add(a);
    }
    Path hosts = orElse(value(n, "edge", "hostsFile", this::path), d.hostsFile());
    return new EdgeSettings(listen, tls, resolvers, hosts,
        orElse(value(n, "edge", "outboundPort", this::integer), d.outboundPort()),
        orElse(value(n, "edge", "maxStanzaBytes", this::integer), d.maxStanzaBytes()),
        orElse(value(n, "edge", "outboundQueueCapacity", this::integer), d.outboundQueueCapacity()),
        orElse(value(n, "edge", "retryBaseDelay", this::duration), d.retryBaseDelay()),
        orElse(value(n, "edge", "retryMaxDelay", this::duration), d.retryMaxDelay()));
  }

  private TlsSettings tls(JsonNode n) {
    if (absent(n) || !checkObject(n, "edge.tls", ConfigFile.TLS_KEYS)) return null;
    return new TlsSettings(value(n, "edge.tls", "certificateChain", this::path),
        value(n, "edge.tls", "privateKey", this::path), value(n, "edge.tls", "trustAnchors", this::path));
  }

  private GatewaySettings gateway(JsonNode n) {
    GatewaySettings d = GatewaySettings.DEFAULTS;
    if (absent(n) || !checkObject(n, "gateway", ConfigFile.GATEWAY_KEYS)) return d;
    String g = "gateway";
    return new GatewaySettings(
        orElse(value(n, g, "connectionLimit", this::integer), d.totalConnectionLimit()),
        orElse(value(n, g, "perPartnerConnectionLimit", this::integer), d.perPartnerConnectionLimit()),
        orElse(value(n, g, "dialbackSecret", (v, p) -> v), d.dialbackSecret()),
        orElse(value(n, g, "logMessageBodies", this::bool), d.logMessageBodies()),
        orElse(value(n, g, "keepAliveInterval", this::duration), d.keepAliveInterval()),
        orElse(value(n, g, "streamEstablishmentTimeout", this::duration), d.streamEstablishmentTimeout()),
        orElse(value(n, g, "streamInactivityTimeout", this::duration), d.streamInactivityTimeout()),
        orElse(value(n, g, "subscriptionRefreshInterval", this::duration), d.subscriptionRefreshInterval()));
  }

  /** A partner, or null when it has no usable primary domain (the problem is recorded). */
  private XmppPartner partner(JsonNode n, String path) {
    if (absent(n) || !checkObject(n, path, ConfigFile.PARTNER_KEYS)) {
      if (absent(n)) error(path, "required", path + ": partner is empty" + at(lineOf(path, lines)));
      return null;
    }
    DomainBareJid primary = null;
    if (absent(n.get("primaryDomain"))) {
      error(path + ".primaryDomain", "required", path + ".primaryDomain: is required" + at(lineOf(path, lines)));
    } else {
      primary = value(n, path, "primaryDomain", this::domain);
    }
    XmppPartner.Builder b = XmppPartner.builder(primary);
    ifPresent(value(n, path, "description", (v, p) -> v), b::description);
    ifPresent(value(n, path, "partnerType", (v, p) -> enumValue(v, p, PARTNER_TYPES)), b::partnerType);
    ifPresent(value(n, path, "tls", (v, p) -> enumValue(v, p, NEGOTIATIONS)), b::tls);
    ifPresent(value(n, path, "sasl", (v, p) -> enumValue(v, p, NEGOTIATIONS)), b::sasl);
    ifPresent(value(n, path, "dialback", this::bool), b::dialback);
    ifPresent(value(n, path, "keepAlive", this::bool), b::keepAlive);
    ifPresent(value(n, path, "proxyFqdn", (v, p) -> v.isBlank() ? null : v), b::proxyFqdn);
    ifPresent(value(n, path, "connectionLimit", this::integer), v -> b.connectionLimit(OptionalInt.of(v)));
    if (!absent(n.get("additionalDomains"))) {
      b.additionalDomains(domains(n.get("additionalDomains"), path + ".additionalDomains"));
    }
    return primary == null ? null : b.build();
  }

  // ---- values

  private interface Parser<T> {
    /** The value of {@code text} at {@code path}, or null after recording a problem. */
    T parse(String text, String path);
  }

  private <T> T value(JsonNode parent, String parentPath, String key, Parser<T> parser) {
    JsonNode n = parent.get(key);
    if (absent(n)) return null;
    String path = parentPath.isEmpty() ? key : parentPath + "." + key;
    String text = scalar(n, path);
    return text == null ? null : parser.parse(text, path);
  }

  private String scalar(JsonNode n, String path) {
    if (n.isValueNode()) return n.asText();
    bad(path, "type", "expected a single value, not a " + (n.isArray() ? "list" : "mapping"));
    return null;
  }

  private Integer integer(String text, String path) {
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      bad(path, "type", "'" + text + "' is not a whole number");
      return null;
    }
  }

  private Boolean bool(String text, String path) {
    if (text.equalsIgnoreCase("true")) return Boolean.TRUE;
    if (text.equalsIgnoreCase("false")) return Boolean.FALSE;
    bad(path, "type", "'" + text + "' is not true or false");
    return null;
  }

  private Duration duration(String text, String path) {
    String t = text.trim();
    Matcher m = SHORT_DURATION.matcher(t);
    try {
      if (m.matches()) {
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
      }
      return Duration.parse(t);
    } catch (DateTimeParseException | ArithmeticException e) {
      bad(path, "duration", "'" + text + "' is not a duration (write 300s, 5m, 1h, 500ms or ISO-8601 such as PT5M)");
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(String text, String path, Names<E> names) {
    E v = names.parse(text.trim());
    if (v == null) bad(path, "enum", "'" + text + "' is not one of " + names.choices());
    return v;
  }

  private DomainBareJid domain(String text, String path) {
    try {
      return JidCreate.domainBareFrom(text.trim());
    } catch (XmppStringprepException | IllegalArgumentException e) {
      bad(path, "domain-syntax", "'" + text + "' is not a valid domain");
      return null;
    }
  }

  private Path path(String text, String path) {
    try {
      Path p = Path.of(text);
      return baseDir == null || p.isAbsolute() ? p.normalize() : baseDir.resolve(p).normalize();
    } catch (InvalidPathException e) {
      bad(path, "path", "'" + text + "' is not a valid path");
      return null;
    }
  }

  /** An IP address literal with an optional port ({@code 127.0.0.1:5269}, {@code [::1]:53}). */
  private InetSocketAddress address(String text, String path, int defaultPort) {
    String host = text.trim();
    String port = null;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      if (close > 0 && (close == host.length() - 1 || host.charAt(close + 1) == ':')) {
        port = close == host.length() - 1 ? null : host.substring(close + 2);
        host = host.substring(1, close);
      }
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
      port = host.substring(host.indexOf(':') + 1);
      host = host.substring(0, host.indexOf(':'));
    }
    boolean literal = PartnerValidator.isIpv4(host) || (host.contains(":") && host.matches("[0-9a-fA-F:.]+"));
    int portNumber = defaultPort;
    if (port != null) {
      Integer parsed = port.matches("\\d{1,5}") ? Integer.valueOf(port) : null;
      if (parsed == null || parsed > 65535) {
        bad(path, "address", "'" + text + "' has an invalid port");
        return null;
      }
      portNumber = parsed;
    }
    if (!literal) {
      bad(path, "address", "'" + text + "' is not an IP address with an optional :port (IPv6 in brackets)");
      return null;
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), portNumber);
    } catch (UnknownHostException e) {
      bad(path, "address", "'" + text + "' is not an IP address");
      return null;
    }
  }

  private Set<DomainBareJid> domains(JsonNode n, String path) {
    Set<DomainBareJid> out = new LinkedHashSet<>();
    List<JsonNode> items = list(n, path);
    for (int i = 0; i < items.size(); i++) {
      String item = path + "[" + i + "]";
      String text = scalar(items.get(i), item);
      DomainBareJid d = text == null ? null : domain(text, item);
      if (d != null && !out.add(d)) bad(item, "duplicate-domain", "'" + text + "' is listed twice");
    }
    return out;
  }

  private List<JsonNode> list(JsonNode n, String path) {
    List<JsonNode> out = new ArrayList<>();
    if (absent(n)) return out;
    if (!n.isArray()) {
      bad(path, "type", "expected a list");
      return out;
    }
    n.forEach(out::add);
    return out;
  }

  /** Records unknown keys; false when {@code n} is not a mapping at all. */
  private boolean checkObject(JsonNode n, String path, List<String> known) {
    if (!n.isObject()) {
      bad(path.isEmpty() ? "(document)" : path, "type", "expected a mapping of keys to values");
      return false;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        String keyPath = path.isEmpty() ? key : path + "." + key;
        bad(keyPath, "unknown-key", "unknown key (expected one of " + String.join(", ", known) + ")");
      }
    }
    return true;
  }

  // ---- problems and lines

  private void bad(String path, String rule, String message) {
    error(path, rule, path + ": " + message + at(lineOf(path, lines)));
  }

  private void error(String field, String rule, String message) {
    errors.add(new Problem(source, field, rule, message));
  }

  /** The line of {@code path} or, when it is not in the file, of its closest enclosing value; -1 if none. */
  static int lineOf(String path, Map<String, Integer> lines) {
    String p = path;
    while (true) {
      Integer line = lines.get(pointer(p));
      if (line != null) return line;
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return -1;
      p = p.substring(0, cut);
    }
  }

  static String at(int line) { return line > 0 ? " (line " + line + ")" : ""; }

  private static String pointer(String path) {
    if (path.isEmpty()) return "";
    return "/" + path.replace("]", "").replace('[', '/').replace('.', '/');
  }

  private static boolean absent(JsonNode n) { return n == null || n.isNull() || n.isMissingNode(); }

  private static <T> T orElse(T value, T fallback) { return value != null ? value : fallback; }

  private static <T> void ifPresent(T value, java.util.function.Consumer<T> sink) {
    if (value != null) sink.accept(value);
  }

}
