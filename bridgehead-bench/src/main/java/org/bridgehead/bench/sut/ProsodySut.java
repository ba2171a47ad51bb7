package org.bridgehead.bench.sut;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bridgehead.testkit.pki.TestPki;

/**
 * Prosody (Debian) as it is deployed for federation: epoll, STARTTLS required on S2S, dialback, no
 * s2s_secure_auth (the generator authenticates with dialback), no rate limits (mod_limits off), names
 * from /etc/hosts only. Started as the prosody user with the file limit raised for 10,000 streams.
 */
public final class ProsodySut extends XmppServerSut {
  public ProsodySut(Path dir, TestPki ca) {
    super(dir, ca, BenchNet.PROSODY_IP, BenchNet.PROSODY_DOMAIN);
  }

  @Override public String name() { return "Prosody"; }
  @Override String debianPackage() { return "prosody"; }

  @Override
  public void start() {
    SutFiles.fresh(dir);
    SutFiles.Tls tls = SutFiles.tls(ca, domain, dir);
    Path cfg = SutFiles.write(dir.resolve("prosody.cfg.lua"), config(tls));
    SutFiles.write(dir.resolve("data").resolve(".keep"), "");
    SutFiles.write(dir.resolve("certs").resolve(".keep"), "");
    SutFiles.chown(dir, "prosody");
    SutFiles.run(dir, List.of("prosodyctl", "--config", cfg.toString(), "register", BenchNet.RECIPIENT, domain,
        BenchNet.RECIPIENT_PASSWORD), 30);
    process = SutProcess.launch(name(), List.of("sh", "-c", SutProcess.RAISE_FILE_LIMIT + "setpriv --reuid=prosody --regid=prosody"
        + " --init-groups prosody -F --config '" + cfg + "'"), dir);
    awaitPorts(Duration.ofSeconds(30));
    process.serverFromPidFile(dir.resolve("prosody.pid"), Duration.ofSeconds(10));
  }

  private String config(SutFiles.Tls tls) {
    StringBuilder c = new StringBuilder();
    c.append("pidfile = ").append(SutFiles.q(dir.resolve("prosody.pid"))).append('\n');
    c.append("data_path = ").append(SutFiles.q(dir.resolve("data"))).append('\n');
    c.append("log = { warn = ").append(SutFiles.q(dir.resolve("prosody.log"))).append(" }\n");
    c.append("network_backend = \"epoll\"\n");
    c.append("interfaces = { ").append(SutFiles.q(ip)).append(" }\n");
    c.append("c2s_ports = { ").append(C2S_PORT).append(" }\ns2s_ports = { ").append(BenchNet.S2S_PORT).append(" }\n");
    c.append("c2s_direct_tls_ports = { }\ns2s_direct_tls_ports = { }\nlegacy_ssl_ports = { }\nhttp_ports = { }\nhttps_ports = { }\n");
    c.append("unbound = { resolvconf = false; hoststxt = true; forward = \"127.0.0.1\" }\n");
    c.append("modules_enabled = { \"roster\"; \"saslauth\"; \"tls\"; \"dialback\"; \"disco\"; \"ping\"; \"posix\" }\n");
    c.append("authentication = \"internal_hashed\"\nstorage = \"internal\"\n");
    c.append("c2s_require_encryption = false\nallow_unencrypted_plain_auth = true\n");
    c.append("s2s_require_encryption = true\ns2s_secure_auth = false\n");
    c.append("ssl = { cafile = ").append(SutFiles.q(tls.ca())).append(" }\n");
    c.append("\nVirtualHost ").append(SutFiles.q(domain)).append('\n');
    c.append("  ssl = { certificate = ").append(SutFiles.q(tls.chain())).append("; key = ").append(SutFiles.q(tls.key()))
        .append("; cafile = ").append(SutFiles.q(tls.ca())).append(" }\n");
    return c.toString();
  }
}
