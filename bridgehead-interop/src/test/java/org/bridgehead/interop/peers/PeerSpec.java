package org.bridgehead.interop.peers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What every XMPP test peer is told, whatever the server software: built by {@link Builder}. */
public record PeerSpec(
    String name,
    String domain,
    String ip,
    int c2sPort,
    int s2sPort,
    PeerTls tls,
    boolean s2sRequireEncryption,
    boolean dialback,
    Map<String, String> users,
    List<String> extraConfig,
    Duration startTimeout,
    Path directory) {

  /** Loopback only: servers never bind elsewhere. */
  public PeerSpec {
    Objects.requireNonNull(domain, "domain");
    if (!ip.startsWith("127.")) {
      throw new IllegalArgumentException("peers bind only on 127.0.0.0/8, not " + ip);
    }
    if (s2sRequireEncryption && tls == null) {
      throw new IllegalArgumentException("s2sRequireEncryption needs tls");
    }
    users = Map.copyOf(users);
    extraConfig = List.copyOf(extraConfig);
  }

  public String jid(String user) {
    return user + "@" + domain;
  }

  /**
   * Settings shared by all peers. Defaults: c2s 5222, s2s 5269 (partners dial the A record on 5269),
   * S2S encryption required iff TLS is given, dialback on, 20 s to start, files under
   * {@code target/peers/<name>} (name defaults to the domain's first label).
   */
  public abstract static class Builder<B extends Builder<B, P>, P> {
    private String name;
    private String domain;
    private String ip;
    private int c2sPort = 5222;
    private int s2sPort = 5269;
    private PeerTls tls;
    private Boolean s2sRequireEncryption;
    private boolean dialback = true;
    private final Map<String, String> users = new LinkedHashMap<>();
    private final List<String> extraConfig = new ArrayList<>();
    private Duration startTimeout = Duration.ofSeconds(20);
    private Path baseDirectory = Path.of("target", "peers");

    protected abstract B self();

    public abstract P build();

    /** Directory name under the base directory, and log prefix. */
    public B name(String v) { name = v; return self(); }
    public B domain(String v) { domain = v; return self(); }
    public B ip(String v) { ip = v; return self(); }
    public B c2sPort(int v) { c2sPort = v; return self(); }
    public B s2sPort(int v) { s2sPort = v; return self(); }
    /** Certificate, key and trusted CAs; {@code null} for a peer without TLS. */
    public B tls(PeerTls v) { tls = v; return self(); }
    public B s2sRequireEncryption(boolean v) { s2sRequireEncryption = v; return self(); }
    /** Whether server dialback (XEP-0220) is loaded; without it only SASL EXTERNAL can authenticate. */
    public B dialback(boolean v) { dialback = v; return self(); }
    public B user(String localpart, String password) { users.put(localpart, password); return self(); }
    /** Raw lines appended to the peer's configuration file, in its own syntax. */
    public B extraConfig(String line) { extraConfig.add(line); return self(); }
    public B startTimeout(Duration v) { startTimeout = v; return self(); }
    public B baseDirectory(Path v) { baseDirectory = v; return self(); }

    protected PeerSpec spec() {
      Objects.requireNonNull(ip, "ip");
      String n = name != null ? name : Objects.requireNonNull(domain, "domain").split("\\.")[0];
      boolean requireEncryption = s2sRequireEncryption != null ? s2sRequireEncryption : tls != null;
      return new PeerSpec(n, domain, ip, c2sPort, s2sPort, tls, requireEncryption, dialback, users, extraConfig,
          startTimeout, baseDirectory.resolve(n).toAbsolutePath());
    }
  }
}
