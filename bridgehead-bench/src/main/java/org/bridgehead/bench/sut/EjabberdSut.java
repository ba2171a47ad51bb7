package org.bridgehead.bench.sut;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.testkit.pki.TestPki;

/**
 * ejabberd (Debian) with STARTTLS required on S2S, dialback, no shapers, names from /etc/hosts only
 * (inetrc), its own Erlang node name and distribution port, started with the file limit raised.
 */
public final class EjabberdSut extends XmppServerSut {
  private static final int DIST_PORT = 41269;

  public EjabberdSut(Path dir, TestPki ca) {
    super(dir, ca, BenchNet.EJABBERD_IP, BenchNet.EJABBERD_DOMAIN);
  }

  @Override public String name() { return "ejabberd"; }
  @Override String debianPackage() { return "ejabberd"; }

  private Path conf() { return dir.resolve("conf"); }

  @Override
  public void start() {
    SutFiles.fresh(dir);
    SutFiles.Tls tls = SutFiles.tls(ca, domain, dir);
    SutFiles.write(conf().resolve("ejabberd.yml"), yaml(tls));
    SutFiles.write(conf().resolve("ejabberdctl.cfg"), "ERLANG_NODE=bench-ejabberd@localhost\nINET_DIST_INTERFACE=127.0.0.1\n"
        + "ERL_EPMD_ADDRESS=127.0.0.1\nERL_DIST_PORT=" + DIST_PORT + "\nEJABBERD_PID_PATH=" + dir.resolve("ejabberd.pid") + "\n"
        + "ERL_MAX_PORTS=65536\nERL_PROCESSES=1000000\nERL_OPTIONS=\"-env ERL_CRASH_DUMP_BYTES 0\"\nEJABBERD_BYPASS_WARNINGS=true\n");
    SutFiles.write(conf().resolve("inetrc"), "{resolv_conf, \"\"}.\n{hosts_file, \"/etc/hosts\"}.\n{lookup, [file]}.\n");
    SutFiles.write(dir.resolve("db").resolve(".keep"), "");
    SutFiles.write(dir.resolve("log").resolve(".keep"), "");
    SutFiles.chown(dir, "ejabberd");
    // As the ejabberd user already: ejabberdctl's own `su` would reset the file limit to 1,024 (pam_limits).
    process = SutProcess.launch(name(), List.of("sh", "-c", "export HOME=/var/lib/ejabberd; " + SutProcess.RAISE_FILE_LIMIT
        + "setpriv --reuid=ejabberd --regid=ejabberd --init-groups " + String.join(" ", ctl("foreground"))), dir);
    awaitPorts(Duration.ofSeconds(60));
    process.serverFromPidFile(dir.resolve("ejabberd.pid"), Duration.ofSeconds(10));
    SutFiles.run(dir, ctl("register", BenchNet.RECIPIENT, domain, BenchNet.RECIPIENT_PASSWORD), 60);
  }

  private List<String> ctl(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ejabberdctl", "--config-dir", conf().toString(),
        "--spool", dir.resolve("db").toString(), "--logs", dir.resolve("log").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private String yaml(SutFiles.Tls tls) {
    return "hosts:\n  - " + SutFiles.q(domain) + "\n"
        + "loglevel: warning\nlog_rotate_count: 0\nacme:\n  auto: false\nauth_method: internal\n"
        + "outgoing_s2s_families:\n  - ipv4\n"
        + "certfiles:\n  - " + SutFiles.q(tls.chain()) + "\n  - " + SutFiles.q(tls.key()) + "\n"
        + "ca_file: " + SutFiles.q(tls.ca()) + "\ns2s_use_starttls: required\n"
        + "listen:\n"
        + "  - port: " + C2S_PORT + "\n    ip: " + SutFiles.q(ip) + "\n    module: ejabberd_c2s\n    starttls: false\n"
        + "    shaper: none\n    access: all\n    max_stanza_size: 262144\n"
        + "  - port: " + BenchNet.S2S_PORT + "\n    ip: " + SutFiles.q(ip) + "\n    module: ejabberd_s2s_in\n    shaper: none\n"
        + "    max_stanza_size: 262144\n"
        + "shaper_rules:\n  max_s2s_connections: 100000\n  max_s2s_connections_per_node: 100000\n"
        + "access_rules:\n  local:\n    allow: all\n  c2s:\n    allow: all\n  register:\n    deny: all\n"
        + "modules:\n  mod_disco: {}\n  mod_ping: {}\n  mod_roster: {}\n  mod_s2s_dialback: {}\n";
  }
}
