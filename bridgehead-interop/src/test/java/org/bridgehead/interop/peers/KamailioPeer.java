package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Kamailio 5.6 (Debian) as the organisation's SIP proxy, registrar and presence server in front of
 * Bridgehead: it keeps the users' registrations and presence (PUBLISH, SUBSCRIBE) for the local domain
 * and sends every request for another domain to the gateway, record-routing subscriptions so their
 * NOTIFYs come back through it. No DNS: addresses only.
 */
public final class KamailioPeer implements AutoCloseable {
  private final Path log;
  private final PeerProcess process;

  private KamailioPeer(Path log, PeerProcess process) {
    this.log = log;
    this.process = process;
  }

  /**
   * @param ip where Kamailio listens (UDP 5060)
   * @param domain the local SIP domain it is registrar of
   * @param gateway Bridgehead's SIP address, e.g. 127.0.0.10:5060
   */
  public static KamailioPeer start(String ip, Path dir, String domain, String gateway) {
    try {
      Files.createDirectories(dir);
      Path cfg = dir.resolve("kamailio.cfg");
      Path db = Files.createDirectories(dir.resolve("db")).toAbsolutePath();
      for (String table : List.of("version", "presentity", "active_watchers", "watchers", "xcap", "pua")) {
        Files.copy(Path.of("/usr/share/kamailio/dbtext/kamailio", table), db.resolve(table),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Files.writeString(cfg, String.join("\n",
          "#!KAMAILIO", "debug=2", "log_stderror=yes", "listen=udp:" + ip + ":5060", "dns=no", "rev_dns=no",
          "use_dns_cache=no", "auto_aliases=no", "alias=" + domain,
          "mpath=\"/usr/lib/x86_64-linux-gnu/kamailio/modules/\"",
          "loadmodule \"tm.so\"", "loadmodule \"sl.so\"", "loadmodule \"rr.so\"", "loadmodule \"pv.so\"",
          "loadmodule \"maxfwd.so\"", "loadmodule \"usrloc.so\"", "loadmodule \"registrar.so\"",
          "loadmodule \"textops.so\"", "loadmodule \"siputils.so\"", "loadmodule \"xlog.so\"",
          "loadmodule \"db_text.so\"", "loadmodule \"presence.so\"", "loadmodule \"presence_xml.so\"",
          "modparam(\"usrloc\", \"db_mode\", 0)",
          "modparam(\"presence\", \"db_url\", \"text://" + db + "\")",
          "modparam(\"presence\", \"server_address\", \"sip:" + ip + ":5060\")",
          "modparam(\"presence_xml\", \"db_url\", \"text://" + db + "\")",
          "modparam(\"presence_xml\", \"force_active\", 1)",
          "request_route {",
          "  if (!mf_process_maxfwd_header(\"10\")) { sl_send_reply(\"483\", \"Too Many Hops\"); exit; }",
          "  if (has_totag()) {",
          "    if (loose_route()) { t_relay(); exit; }",
          "    if (is_method(\"SUBSCRIBE\") && uri == myself) { route(PRESENCE); }",
          "    if (is_method(\"ACK\")) { exit; }",
          "    sl_send_reply(\"404\", \"Not here\");",
          "    exit;",
          "  }",
          "  if (is_method(\"REGISTER\")) { save(\"location\"); exit; }",
          "  if ($rd == \"" + domain + "\") {",
          "    if (is_method(\"PUBLISH|SUBSCRIBE\")) { route(PRESENCE); }",
          "    if (!lookup(\"location\")) { sl_send_reply(\"404\", \"Not Found\"); exit; }",
          "    t_relay();",
          "    exit;",
          "  }",
          "  xlog(\"L_INFO\", \"to the XMPP gateway: $rm $ru\\n\");",
          "  if (is_method(\"SUBSCRIBE\")) { record_route(); }",
          "  $du = \"sip:" + gateway + "\";",
          "  t_relay();",
          "}",
          "route[PRESENCE] {",
          "  if (!t_newtran()) { sl_reply_error(); exit; }",
          "  if (is_method(\"PUBLISH\")) { handle_publish(); } else { handle_subscribe(); }",
          "  t_release();",
          "  exit;",
          "}", ""), StandardCharsets.UTF_8);
      Path log = dir.resolve("kamailio.log");
      PeerProcess p = PeerProcess.launch("kamailio", List.of("kamailio", "-DD", "-E", "-f", cfg.toAbsolutePath().toString(),
          "-P", dir.toAbsolutePath().resolve("kamailio.pid").toString()), Map.of(), dir, log);
      KamailioPeer peer = new KamailioPeer(log, p);
      peer.awaitLog("SO_RCVBUF is finally", Duration.ofSeconds(10));
      return peer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start kamailio", e);
    }
  }

  private void awaitLog(String text, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (logText().contains(text)) return;
      if (!process.isAlive()) throw new IllegalStateException("kamailio exited\n" + logTail());
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("kamailio not ready after " + timeout + "\n" + logTail());
  }

  private String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      return "";
    }
  }

  public String logTail() {
    String all = logText();
    return all.substring(Math.max(0, all.length() - 4000));
  }

  @Override
  public void close() {
    PeerProcess.terminate(process.handle(), Duration.ofSeconds(3));
  }
}
