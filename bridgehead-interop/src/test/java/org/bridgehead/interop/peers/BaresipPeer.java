package org.bridgehead.interop.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * baresip 1.0 (Debian) as a SIP user: registered to Bridgehead as its outbound proxy, publishing its
 * presence, subscribed to its contacts' presence, driven through the {@code cons} module (each UDP
 * datagram is typed at its menu). Its console log is where received messages show.
 */
public final class BaresipPeer implements AutoCloseable {
  private static final int CONSOLE_PORT = 5555;

  private final String ip;
  private final Path dir;
  private final Path log;
  private final PeerProcess process;
  private final DatagramSocket console;
  /** Everything the console sent us: command answers and what baresip shows (incoming messages). */
  private final StringBuffer shown = new StringBuffer();
  private final Thread reader;

  private BaresipPeer(String ip, Path dir, Path log, PeerProcess process, DatagramSocket console) {
    this.ip = ip;
    this.dir = dir;
    this.log = log;
    this.process = process;
    this.console = console;
    this.reader = new Thread(this::readConsole, "baresip-console");
    reader.setDaemon(true);
    reader.start();
  }

  private void readConsole() {
    byte[] buf = new byte[65536];
    while (!console.isClosed()) {
      DatagramPacket in = new DatagramPacket(buf, buf.length);
      try {
        console.receive(in);
        shown.append(new String(in.getData(), 0, in.getLength(), StandardCharsets.UTF_8));
      } catch (SocketTimeoutException quiet) {
        // keep reading
      } catch (IOException closed) {
        return;
      }
    }
  }

  /**
   * @param ip the loopback address baresip binds (SIP on 5070, console on 5555)
   * @param aor the account, e.g. sip:alice@contoso.test
   * @param proxy the outbound proxy, e.g. 127.0.0.10:5060
   * @param contacts SIP URIs whose presence baresip subscribes to
   */
  public static BaresipPeer start(String ip, Path dir, String aor, String password, String proxy, List<String> contacts) {
    return start(ip, dir, aor, password, proxy, contacts, true);
  }

  /**
   * @param password null when the registrar does not challenge (Kamailio in the tests)
   * @param presence whether baresip publishes its presence (PUBLISH every minute) and subscribes to its
   *     contacts' presence
   */
  public static BaresipPeer start(String ip, Path dir, String aor, String password, String proxy, List<String> contacts,
      boolean presence) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("config"), String.join("\n",
          "poll_method epoll", "sip_listen " + ip + ":5070", "net_interface " + ip,
          "audio_player aufile,/dev/null", "audio_source ausine,440", "audio_alert aufile,/dev/null",
          "module_path /usr/lib/baresip/modules", "module g711.so", "module ausine.so", "module aufile.so",
          "module cons.so", "module_app account.so", "module_app contact.so", "module_app menu.so",
          "module_app presence.so", "cons_listen " + ip + ":" + CONSOLE_PORT, "dns_server 127.0.0.1:53", ""));
      Files.writeString(dir.resolve("accounts"), "<" + aor + ">;outbound=\"sip:" + proxy + ";transport=udp\""
          + (password == null ? "" : ";auth_pass=" + password) + ";pubint=" + (presence ? 60 : 0) + ";regint=600\n");
      StringBuilder book = new StringBuilder();
      for (String c : contacts) book.append('<').append(c).append('>').append(presence ? ";presence=p2p" : "").append('\n');
      Files.writeString(dir.resolve("contacts"), book.toString());
      Path log = dir.resolve("baresip.log");
      PeerProcess p = PeerProcess.launch("baresip " + aor, List.of("baresip", "-f", dir.toAbsolutePath().toString()), Map.of(), dir, log);
      DatagramSocket console = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(ip), 0));
      console.setSoTimeout(700);
      return new BaresipPeer(ip, dir, log, p, console);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start baresip", e);
    }
  }

  /** Waits for a line matching {@code regex} in baresip's console log. */
  public String awaitLog(String regex, Duration timeout) {
    Pattern pattern = Pattern.compile(regex);
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (String line : logLines()) if (pattern.matcher(line).find()) return line;
      for (String line : shown.toString().split("\n")) if (pattern.matcher(line).find()) return line;
      if (!process.isAlive()) throw new AssertionError("baresip exited\n" + logTail());
      sleep(100);
    }
    throw new AssertionError("baresip never logged /" + regex + "/ within " + timeout + "\n" + logTail());
  }

  /** Waits for the registration, then makes this the console's peer so what baresip shows reaches us. */
  public void awaitRegistered() {
    awaitLog("200 OK.*binding", Duration.ofSeconds(15));
    command("/reginfo");
  }

  /** Types a menu command (e.g. {@code /contacts}) and returns what the console answered. */
  public String command(String line) {
    try {
      byte[] out = (line + "\n").getBytes(StandardCharsets.UTF_8);
      int from = shown.length();
      console.send(new DatagramPacket(out, out.length, new InetSocketAddress(InetAddress.getByName(ip), CONSOLE_PORT)));
      sleep(700);
      return shown.substring(from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls {@code /contacts} until its answer matches {@code regex}. */
  public String awaitContacts(String regex, Duration timeout) {
    Pattern pattern = Pattern.compile(regex);
    long end = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < end) {
      last = command("/contacts").replaceAll("\u001b\\[[;0-9]*m", "");
      if (pattern.matcher(last).find()) return last;
      sleep(300);
    }
    throw new AssertionError("baresip contacts never matched /" + regex + "/: " + last + "\n" + logTail());
  }

  public String logTail() {
    List<String> lines = logLines();
    String console = shown.toString().replaceAll("\u001b\\[[;0-9]*m", "");
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))
        + "\n--- console ---\n" + console.substring(Math.max(0, console.length() - 3000));
  }

  private List<String> logLines() {
    try {
      return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Path dir() { return dir; }

  @Override
  public void close() {
    console.close();
    PeerProcess.terminate(process.handle(), Duration.ofSeconds(3));
  }
}
