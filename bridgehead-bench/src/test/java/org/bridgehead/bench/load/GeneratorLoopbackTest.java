package org.bridgehead.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bridgehead.testkit.pki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * The generator against itself on loopback: its initiator negotiates STARTTLS and dialback with its own
 * listener, and messages sent on the streams, one by one or in batches with one flush, reach the
 * listener's ledger exactly once.
 */
class GeneratorLoopbackTest {
  private static final String IP = "127.0.6.201";

  @Test
  void streamsNegotiateTlsAndDialbackAndDeliverEveryMessageOnce() throws Exception {
    List<String> domains = List.of("a.gen.test", "b.gen.test");
    MessageLedger ledger = new MessageLedger();
    int port = freePort();
    try (LoadGenerator gen = new LoadGenerator(IP, 1, GeneratorTls.client(), GeneratorTls.server(TestPki.newCa("t"), domains))) {
      gen.listen(port, ledger::received);
      LoadGenerator.Opened opened = gen.openMany(List.of("a.gen.test", "a.gen.test", "b.gen.test"), "b.gen.test",
          new InetSocketAddress(IP, port), 2, Duration.ofSeconds(20), Long.MAX_VALUE);
      assertThat(opened.failures()).isEmpty();
      assertThat(opened.channels()).hasSize(3);
      for (int i = 0; i < 30; i++) {
        Channel ch = opened.channels().get(i % 3);
        LoadGenerator.send(ch, "load@a.gen.test", "rcpt@b.gen.test", "m" + i, ledger.next(System.nanoTime()).body());
      }
      await().atMost(10, TimeUnit.SECONDS).until(() -> ledger.received() == 30);
      assertThat(ledger.counts()).isEqualTo(new MessageLedger.Counts(30, 30, 0, 0));
      for (Channel ch : opened.channels()) {
        List<Probe> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) batch.add(ledger.next(System.nanoTime()));
        LoadGenerator.sendAll(ch, "load@a.gen.test", "rcpt@b.gen.test", batch);
      }
      await().atMost(10, TimeUnit.SECONDS).until(() -> ledger.received() == 60);
      assertThat(ledger.counts()).isEqualTo(new MessageLedger.Counts(60, 60, 0, 0));
      LoadGenerator.closeAll(opened.channels());
      LoadGenerator.Opened late = gen.openMany(List.of("a.gen.test", "b.gen.test"), "b.gen.test",
          new InetSocketAddress(IP, port), 2, Duration.ofSeconds(20), System.nanoTime() - 1);
      assertThat(late.channels()).isEmpty();
      assertThat(late.notStarted()).isEqualTo(2);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(IP))) {
      return s.getLocalPort();
    }
  }
}
