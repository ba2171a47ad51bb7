package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * ejabberd 23.01 as a federation partner, on its own loopback address, with its own Erlang node name
 * and distribution port (no epmd), so several can run at once. {@code ejabberdctl foreground} switches
 * to the {@code ejabberd} user; config, Mnesia spool and debug log live in {@link PeerSpec#directory()}.
 */
public final class EjabberdPeer extends ManagedPeer {
  static final String USER = "ejabberd";
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private EjabberdPeer(PeerSpec spec) {
    super(spec, STOP_GRACE);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Path configDirectory() { return spec().directory().resolve("conf"); }

  public Path logFile() { return spec().directory().resolve("log").resolve("ejabberd.log"); }

  /** Writes the config, starts ejabberd, waits for its c2s and s2s ports, registers the users. */
  public EjabberdPeer start() {
    checkNotStarted();
    PeerSpec spec = spec();
    Path dir = PeerFiles.fresh(spec.directory());
    PeerTls tls = PeerFiles.copyTls(spec.tls(), dir);
    String node = "bh-" + spec.name() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost";
    PeerFiles.write(configDirectory().resolve("ejabberd.yml"), EjabberdConfig.yaml(spec, tls));
    PeerFiles.write(configDirectory().resolve("ejabberdctl.cfg"),
        EjabberdConfig.ctl(node, freeLoopbackPort(), dir.resolve("ejabberd.pid")));
    PeerFiles.write(configDirectory().resolve("inetrc"), EjabberdConfig.inetrc());
    PeerFiles.write(dir.resolve("db").resolve(".keep"), "");
    PeerFiles.write(dir.resolve("log").resolve(".keep"), "");
    PeerFiles.chown(dir, USER);

    // The pidfile names the beam process behind ejabberdctl and su: the one to signal.
    launch(ctl("foreground"), dir.resolve("ejabberd.pid"));
    afterStart(() -> spec.users().forEach((user, password) ->
        Commands.run(COMMAND_TIMEOUT, dir, dir.resolve("commands.log"), ctl("register", user, spec.domain(), password))));
    return this;
  }

  private List<String> ctl(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ejabberdctl", "--config-dir", configDirectory().toString(),
        "--spool", spec().directory().resolve("db").toString(), "--logs", spec().directory().resolve("log").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }


  private static int freeLoopbackPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String logTail(int lines) {
    return PeerFiles.tail(lines, consoleLog(), logFile(), spec().directory().resolve("log").resolve("error.log"));
  }

  /** {@link PeerSpec.Builder}; S2S encryption maps to {@code s2s_use_starttls: required|optional}. */
  public static final class Builder extends PeerSpec.Builder<Builder, EjabberdPeer> {
    private Builder() {}

    @Override
    protected Builder self() { return this; }

    @Override
    public EjabberdPeer build() {
      return new EjabberdPeer(spec());
    }
  }
}
