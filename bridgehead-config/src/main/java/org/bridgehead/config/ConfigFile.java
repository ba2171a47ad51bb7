package org.bridgehead.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxmpp.jid.DomainBareJid;

/**
 * The node configuration file (YAML). Every key is optional except {@code localDomains} and each
 * partner's {@code primaryDomain}; missing keys take the defaults of {@link EdgeSettings#defaults()},
 * {@link GatewaySettings#DEFAULTS} and {@link XmppPartner#builder}. Relative paths resolve against the
 * file's directory. Durations are written {@code 300s}, {@code 5m}, {@code 1h}, {@code 500ms},
 * {@code 1d} or ISO-8601 ({@code PT5M}).
 */
public final class ConfigFile {

  static final List<String> ROOT_KEYS = List.of("localDomains", "edge", "gateway", "partners");
  static final List<String> EDGE_KEYS = List.of("listen", "tls", "dnsResolvers", "hostsFile", "outboundPort",
      "maxStanzaBytes", "outboundQueueCapacity", "retryBaseDelay", "retryMaxDelay");
  static final List<String> TLS_KEYS = List.of("certificateChain", "privateKey", "trustAnchors");
  static final List<String> GATEWAY_KEYS = List.of("connectionLimit", "perPartnerConnectionLimit",
      "dialbackSecret", "logMessageBodies", "keepAliveInterval", "streamEstablishmentTimeout",
      "streamInactivityTimeout", "subscriptionRefreshInterval");
  static final List<String> PARTNER_KEYS = List.of("primaryDomain", "description", "partnerType", "tls", "sasl",
      "dialback", "additionalDomains", "proxyFqdn", "keepAlive", "connectionLimit");

  private static final Pattern PARTNER_FIELD = Pattern.compile("^partners\\[(\\d+)\\]");

  private ConfigFile() {}

  /**
   * Reads, maps and validates a configuration file.
   *
   * @throws ConfigValidationException listing every problem found (unknown keys, bad values, broken
   *     rules), each message naming the YAML path and line
   * @throws IOException when the file cannot be read
   */
  public static LoadedConfig load(Path file) throws IOException {
    String yaml = Files.readString(file);
    Path baseDir = file.toAbsolutePath().normalize().getParent();
    String source = String.valueOf(file.getFileName());
    JsonNode root;
    Map<String, Integer> lines;
    try {
      root = mapper().readTree(yaml);
      lines = lines(yaml);
    } catch (JacksonException e) {
      String detail = e.getOriginalMessage() == null ? e.getMessage() : e.getOriginalMessage();
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new ConfigValidationException(List.of(new Problem(source, "", "yaml-syntax",
          source + ": not valid YAML: " + detail.lines().findFirst().orElse("") + ConfigReader.at(line))));
    }
    ConfigReader reader = new ConfigReader(source, baseDir, lines);
    ConfigReader.Mapped mapped = reader.read(root);
    List<Problem> errors = new ArrayList<>(reader.errors());
    ValidationResult result = PartnerValidator.validate(mapped.config());
    result.errors().forEach(p -> errors.add(located(p, mapped.partnerIndex(), lines)));
    if (!errors.isEmpty()) throw new ConfigValidationException(inFileOrder(errors, lines));
    List<Problem> warnings = result.warnings().stream().map(p -> located(p, mapped.partnerIndex(), lines)).toList();
    return new LoadedConfig(mapped.config(), inFileOrder(warnings, lines));
  }

  /**
   * Writes {@code config} so that {@link #load} gives it back equal. Paths under the file's directory are
   * written relative to it. The dialback secret is written too: keep exported files private.
   */
  public static void write(NodeConfig config, Path file) throws IOException {
    Path baseDir = file.toAbsolutePath().normalize().getParent();
    Files.writeString(file, toYaml(config, baseDir));
  }

  /** The YAML {@link #write} produces, with paths under {@code baseDir} written relative to it. */
  public static String toYaml(NodeConfig config, Path baseDir) {
    YAMLMapper m = mapper();
    ObjectNode root = m.createObjectNode();
    ArrayNode locals = root.putArray("localDomains");
    config.localDomains().stream().map(DomainBareJid::toString).sorted().forEach(locals::add);

    EdgeSettings e = config.edge();
    ObjectNode edge = root.putObject("edge");
    edge.put("listen", address(e.listen()));
    if (e.tls() != null) {
      ObjectNode tls = edge.putObject("tls");
      putPath(tls, "certificateChain", e.tls().certificateChain(), baseDir);
      putPath(tls, "privateKey", e.tls().privateKey(), baseDir);
      putPath(tls, "trustAnchors", e.tls().trustAnchors(), baseDir);
    }
    ArrayNode resolvers = edge.putArray("dnsResolvers");
    e.dnsResolvers().forEach(a -> resolvers.add(address(a)));
    putPath(edge, "hostsFile", e.hostsFile(), baseDir);
    edge.put("outboundPort", e.outboundPort());
    edge.put("maxStanzaBytes", e.maxStanzaBytes());
    edge.put("outboundQueueCapacity", e.outboundQueueCapacity());
    edge.put("retryBaseDelay", formatDuration(e.retryBaseDelay()));
    edge.put("retryMaxDelay", formatDuration(e.retryMaxDelay()));

    GatewaySettings g = config.gateway();
    ObjectNode gateway = root.putObject("gateway");
    gateway.put("connectionLimit", g.totalConnectionLimit());
    gateway.put("perPartnerConnectionLimit", g.perPartnerConnectionLimit());
    if (g.dialbackSecret() != null) gateway.put("dialbackSecret", g.dialbackSecret());
    gateway.put("logMessageBodies", g.logMessageBodies());
    gateway.put("keepAliveInterval", formatDuration(g.keepAliveInterval()));
    gateway.put("streamEstablishmentTimeout", formatDuration(g.streamEstablishmentTimeout()));
    gateway.put("streamInactivityTimeout", formatDuration(g.streamInactivityTimeout()));
    gateway.put("subscriptionRefreshInterval", formatDuration(g.subscriptionRefreshInterval()));

    ArrayNode partners = root.putArray("partners");
    for (XmppPartner p : config.partners()) {
      ObjectNode n = partners.addObject();
      n.put("primaryDomain", p.primaryDomain().toString());
      if (!p.description().isEmpty()) n.put("description", p.description());
      n.put("partnerType", ConfigReader.PARTNER_TYPES.nameOf(p.partnerType()));
      n.put("tls", ConfigReader.NEGOTIATIONS.nameOf(p.tls()));
      n.put("sasl", ConfigReader.NEGOTIATIONS.nameOf(p.sasl()));
      n.put("dialback", p.dialback());
      if (!p.additionalDomains().isEmpty()) {
        ArrayNode add = n.putArray("additionalDomains");
        p.additionalDomains().stream().map(DomainBareJid::toString).sorted().forEach(add::add);
      }
      if (p.proxyFqdn() != null) n.put("proxyFqdn", p.proxyFqdn());
      n.put("keepAlive", p.keepAlive());
      p.connectionLimit().ifPresent(limit -> n.put("connectionLimit", limit));
    }
    try {
      return m.writeValueAsString(root);
    } catch (JacksonException ex) {
      throw new IllegalStateException("cannot write configuration", ex);
    }
  }

  /** {@code 300s}, {@code 1500ms}, or ISO-8601 for anything finer or negative. */
  public static String formatDuration(Duration d) {
    if (d.isNegative()) return d.toString();
    if (d.getNano() == 0) return d.getSeconds() + "s";
    if (d.getNano() % 1_000_000 == 0) return d.toMillis() + "ms";
    return d.toString();
  }

  static YAMLMapper mapper() {
    return YAMLMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .build();
  }

  /** Line of every value and key, by JSON pointer ({@code /partners/0/tls}). */
  private static Map<String, Integer> lines(String yaml) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = mapper().getFactory().createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
        lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
      }
    }
    return lines;
  }

  /** A validator problem with its config-file path corrected for skipped partners and its line added. */
  private static Problem located(Problem p, List<Integer> partnerIndex, Map<String, Integer> lines) {
    String field = p.field();
    Matcher m = PARTNER_FIELD.matcher(field);
    if (m.find()) {
      int original = partnerIndex.get(Integer.parseInt(m.group(1)));
      field = "partners[" + original + "]" + field.substring(m.end());
    }
    return new Problem(p.object(), field, p.rule(),
        field + ": " + p.message() + ConfigReader.at(ConfigReader.lineOf(field, lines)));
  }

  private static List<Problem> inFileOrder(List<Problem> problems, Map<String, Integer> lines) {
    return problems.stream().sorted(Comparator.comparingInt(p -> {
      int line = ConfigReader.lineOf(p.field(), lines);
      return line > 0 ? line : Integer.MAX_VALUE;
    })).toList();
  }

  private static String address(InetSocketAddress a) {
    if (a.isUnresolved()) return a.getHostString() + ":" + a.getPort();
    String host = a.getAddress().getHostAddress();
    return (a.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  private static void putPath(ObjectNode n, String key, Path path, Path baseDir) {
    if (path == null) return;
    Path p = path;
    if (baseDir != null && p.isAbsolute() && p.normalize().startsWith(baseDir)) p = baseDir.relativize(p.normalize());
    n.put(key, p.toString());
  }
}
