package org.bridgehead.interop.peers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Prosody 0.12 as a federation partner, on its own loopback address. Runs in the foreground as the
 * {@code prosody} user; files, debug log and console output live in {@link PeerSpec#directory()}.
 *
 * <pre>{@code
 * try (ProsodyPeer p = ProsodyPeer.builder().domain("fabrikam.test").ip("127.0.0.2").tls(tls)
 *     .user("alice", "secret").build().start()) { ... }
 * }</pre>
 */
public final class ProsodyPeer extends ManagedPeer {
  static final String USER = "prosody";
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);

  private final ProsodyConfig.Options options;

  private ProsodyPeer(PeerSpec spec, ProsodyConfig.Options options) {
    super(spec, STOP_GRACE);
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Path configFile() { return spec().directory().resolve("prosody.cfg.lua"); }

  public Path logFile() { return spec().directory().resolve("prosody.log"); }

  /** Writes the config, registers the users, starts Prosody and waits for its c2s and s2s ports. */
  public ProsodyPeer start() {
    checkNotStarted();
    PeerSpec spec = spec();
    Path dir = PeerFiles.fresh(spec.directory());
    PeerTls tls = PeerFiles.copyTls(spec.tls(), dir);
    PeerFiles.write(configFile(), ProsodyConfig.render(spec, options, tls, dir));
    PeerFiles.write(dir.resolve("data").resolve(".keep"), "");
    PeerFiles.write(dir.resolve("certs").resolve(".keep"), ""); // Prosody indexes <config dir>/certs
    PeerFiles.chown(dir, USER);
    // prosodyctl drops to the prosody user itself; internal storage is plain files, so this works
    // before the server runs and no client can race the registration.
    spec.users().forEach((user, password) -> Commands.run(COMMAND_TIMEOUT, dir, dir.resolve("commands.log"),
        List.of("prosodyctl", "--config", configFile().toString(), "register", user, spec.domain(), password)));

    launch(List.of("setpriv", "--reuid=" + USER, "--regid=" + USER, "--init-groups",
        "prosody", "-F", "--config", configFile().toString()), dir.resolve("prosody.pid"));
    return this;
  }


  @Override
  public String logTail(int lines) {
    return PeerFiles.tail(lines, consoleLog(), logFile());
  }

  /** {@link PeerSpec.Builder} plus Prosody's S2S authentication policy. */
  public static final class Builder extends PeerSpec.Builder<Builder, ProsodyPeer> {
    private boolean s2sSecureAuth;
    private final List<String> secureDomains = new ArrayList<>();
    private final List<String> insecureDomains = new ArrayList<>();

    private Builder() {}

    /** {@code s2s_secure_auth}: true requires certificate authentication (SASL EXTERNAL) from every partner. */
    public Builder s2sSecureAuth(boolean v) { s2sSecureAuth = v; return this; }
    /** Adds to {@code s2s_secure_domains}: these partners must authenticate with a certificate. */
    public Builder s2sSecureDomain(String domain) { secureDomains.add(domain); return this; }
    /** Adds to {@code s2s_insecure_domains}: these partners may use dialback despite s2s_secure_auth. */
    public Builder s2sInsecureDomain(String domain) { insecureDomains.add(domain); return this; }

    @Override
    protected Builder self() { return this; }

    @Override
    public ProsodyPeer build() {
      return new ProsodyPeer(spec(), new ProsodyConfig.Options(s2sSecureAuth, secureDomains, insecureDomains));
    }
  }
}
