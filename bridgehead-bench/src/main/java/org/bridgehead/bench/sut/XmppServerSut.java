package org.bridgehead.bench.sut;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bridgehead.bench.load.C2sReceiver;
import org.bridgehead.testkit.pki.TestPki;

/** What Prosody and ejabberd share: an address, a domain, c2s on 5222 for the recipient, a process. */
abstract class XmppServerSut implements Sut {
  static final int C2S_PORT = 5222;

  final Path dir;
  final TestPki ca;
  final String ip;
  final String domain;
  SutProcess process;
  private String version;

  XmppServerSut(Path dir, TestPki ca, String ip, String domain) {
    this.dir = dir;
    this.ca = ca;
    this.ip = ip;
    this.domain = domain;
  }

  /** The Debian package whose version is reported. */
  abstract String debianPackage();

  @Override public String version() {
    if (version == null) version = SutFiles.debianVersion(Path.of("/tmp"), debianPackage());
    return version;
  }
  @Override public String domain() { return domain; }
  @Override public InetSocketAddress s2sAddress() { return new InetSocketAddress(ip, BenchNet.S2S_PORT); }
  @Override public long pid() { return process.pid(); }
  @Override public String recipient() { return BenchNet.RECIPIENT + "@" + domain; }
  @Override public String recipientKind() { return "c2s client logged in on the server"; }

  InetSocketAddress c2sAddress() { return new InetSocketAddress(ip, C2S_PORT); }

  void awaitPorts(Duration timeout) {
    process.awaitListening(c2sAddress(), timeout);
    process.awaitListening(s2sAddress(), timeout);
  }

  @Override
  public AutoCloseable connectRecipient(EventLoopGroup group, Consumer<String> sink) throws Exception {
    Channel ch = C2sReceiver.connect(group, c2sAddress(), BenchNet.RECIPIENT, domain, BenchNet.RECIPIENT_PASSWORD, sink)
        .get(20, TimeUnit.SECONDS);
    return () -> ch.close().awaitUninterruptibly();
  }

  @Override
  public void close() {
    if (process != null) process.stop(Duration.ofSeconds(10));
    process = null;
  }
}
