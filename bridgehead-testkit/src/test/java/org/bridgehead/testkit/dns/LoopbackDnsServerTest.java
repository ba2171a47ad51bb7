package org.bridgehead.testkit.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

class LoopbackDnsServerTest {
  private final LoopbackDnsServer server = new LoopbackDnsServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private Message ask(String name, int type, boolean tcp) throws Exception {
    SimpleResolver resolver = new SimpleResolver(server.address());
    resolver.setTimeout(Duration.ofSeconds(5));
    resolver.setTCP(tcp);
    Message query = Message.newQuery(Record.newRecord(LoopbackDnsServer.name(name), type, DClass.IN));
    return resolver.sendAsync(query).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void bindsToLoopbackOnAnEphemeralPort() {
    assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(server.address().getPort()).isPositive();
  }

  @Test
  void answersSrvAuthoritatively() throws Exception {
    server.addSrv("_xmpp-server._tcp.example.test", 10, 60, 5269, "xmpp1.example.test");
    server.addSrv("_xmpp-server._tcp.example.test", 20, 0, 5270, "xmpp2.example.test.");

    Message reply = ask("_XMPP-server._tcp.Example.test.", Type.SRV, false);

    assertThat(reply.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(reply.getHeader().getFlag(Flags.AA)).isTrue();
    List<Record> answers = reply.getSection(Section.ANSWER);
    assertThat(answers).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(SRVRecord.class));
    SRVRecord first = (SRVRecord) answers.get(0);
    assertThat(first.getPriority()).isEqualTo(10);
    assertThat(first.getWeight()).isEqualTo(60);
    assertThat(first.getPort()).isEqualTo(5269);
    assertThat(first.getTarget().toString()).isEqualTo("xmpp1.example.test.");
  }

  @Test
  void answersAAndAaaaSeparately() throws Exception {
    server.addA("host.example.test", "127.0.60.7").addAaaa("host.example.test", "::1");

    Message a = ask("host.example.test", Type.A, false);
    Message aaaa = ask("host.example.test", Type.AAAA, false);

    assertThat(a.getSection(Section.ANSWER)).singleElement()
        .satisfies(r -> assertThat(((ARecord) r).getAddress().getHostAddress()).isEqualTo("127.0.60.7"));
    assertThat(aaaa.getSection(Section.ANSWER)).singleElement()
        .satisfies(r -> assertThat(((AAAARecord) r).getAddress().getHostAddress())
            .isEqualTo("0:0:0:0:0:0:0:1"));
  }

  @Test
  void unknownNameIsNxdomainKnownNameWithoutTypeIsEmptyNoerror() throws Exception {
    server.addA("host.example.test", "127.0.60.7");

    assertThat(ask("nothing.example.test", Type.A, false).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    Message noData = ask("host.example.test", Type.AAAA, false);
    assertThat(noData.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(noData.getSection(Section.ANSWER)).isEmpty();
  }

  @Test
  void answersOverTcpToo() throws Exception {
    server.addA("host.example.test", "127.0.60.9");

    Message reply = ask("host.example.test", Type.A, true);

    assertThat(reply.getSection(Section.ANSWER)).hasSize(1);
  }

  @Test
  void countsQueriesPerNameCaseInsensitively() throws Exception {
    server.addA("host.example.test", "127.0.60.7");
    ask("host.example.test", Type.A, false);
    ask("HOST.example.test", Type.AAAA, false);
    ask("other.example.test", Type.A, false);

    assertThat(server.queryCount("host.example.test")).isEqualTo(2);
    assertThat(server.queryCount("other.example.test.")).isEqualTo(1);
    assertThat(server.queryCount("never.example.test")).isZero();
    assertThat(server.totalQueryCount()).isEqualTo(3);

    server.resetQueryCounts();
    assertThat(server.totalQueryCount()).isZero();
  }

  @Test
  void removeAndClearTakeEffectWhileRunning() throws Exception {
    server.addA("host.example.test", "127.0.60.7").addAaaa("host.example.test", "::1");

    server.removeA("host.example.test");
    assertThat(ask("host.example.test", Type.A, false).getSection(Section.ANSWER)).isEmpty();
    assertThat(ask("host.example.test", Type.AAAA, false).getSection(Section.ANSWER)).hasSize(1);

    server.removeAaaa("host.example.test");
    assertThat(ask("host.example.test", Type.AAAA, false).getRcode()).isEqualTo(Rcode.NXDOMAIN);

    server.addSrv("_xmpp-server._tcp.example.test", 0, 0, 5269, "x.example.test");
    server.clear();
    assertThat(ask("_xmpp-server._tcp.example.test", Type.SRV, false).getRcode())
        .isEqualTo(Rcode.NXDOMAIN);
  }

  @Test
  void forcedRcodeAnswersServfail() throws Exception {
    server.addA("host.example.test", "127.0.60.7").failWith("host.example.test", Rcode.SERVFAIL);

    assertThat(ask("host.example.test", Type.A, false).getRcode()).isEqualTo(Rcode.SERVFAIL);
  }

  @Test
  void concurrentUpdatesAndQueriesDoNotBreakTheServer() throws Exception {
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      for (int i = 0; i < 500; i++) {
        server.addA("w" + (i % 10) + ".example.test", "192.0.2." + (i % 250 + 1));
        server.removeA("w" + ((i + 5) % 10) + ".example.test");
      }
    });
    for (int i = 0; i < 30; i++) {
      int rcode = ask("w" + (i % 10) + ".example.test", Type.A, false).getRcode();
      assertThat(rcode).isIn(Rcode.NOERROR, Rcode.NXDOMAIN);
    }
    writer.get(10, TimeUnit.SECONDS);
    assertThat(server.totalQueryCount()).isEqualTo(30);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> server.addA("x.example.test", "::1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> server.addAaaa("x.example.test", "not-an-ip"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
