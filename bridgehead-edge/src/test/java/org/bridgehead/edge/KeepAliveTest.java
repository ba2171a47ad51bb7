package org.bridgehead.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bridgehead.config.Negotiation;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** An idle outbound stream to a partner with keep-alive on carries whitespace pings (SPEC §3). */
class KeepAliveTest {
  @Test
  void idleOutboundStreamSendsWhitespaceOnlyWhenThePartnerWantsIt() throws Exception {
    assertThat(bytesAfterIdle(true)).as("keep-alive on").contains(" ");
    assertThat(bytesAfterIdle(false)).as("keep-alive off").isEmpty();
  }

  /** What the edge writes to a scripted partner during 2.5 s of idleness after the first message. */
  private static String bytesAfterIdle(boolean keepAlive) throws Exception {
    try (ServerSocket partner = new ServerSocket(0, 1, TestNode.loopback("127.0.0.67"));
         TestNode a = TestNode.at("contoso.test", "127.0.0.68")) {
      a.keepAlive = Duration.ofSeconds(1);
      a.start(null, XmppPartner.builder(TestNode.jid("scripted.test")).keepAlive(keepAlive)
          .proxyFqdn("127.0.0.67:" + partner.getLocalPort()).tls(Negotiation.NOT_SUPPORTED).sasl(Negotiation.NOT_SUPPORTED).build());
      var sent = a.edge.sender().send(Message.chat(JidCreate.entityBareFrom("alice@contoso.test"),
          JidCreate.entityBareFrom("bob@scripted.test"), "hi"));
      try (Socket s = partner.accept()) {
        s.setSoTimeout(5000);
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        readUntil(in, "version='1.0'>");
        out.write(("<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams' "
            + "xmlns:db='jabber:server:dialback' from='scripted.test' to='contoso.test' id='s1' version='1.0'>"
            + "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>").getBytes(StandardCharsets.UTF_8));
        readUntil(in, "</db:result>");
        // A partner that trusts the key without calling back: enough to reach the established state.
        out.write("<db:result from='scripted.test' to='contoso.test' type='valid'/>".getBytes(StandardCharsets.UTF_8));
        sent.get(10, TimeUnit.SECONDS);
        readUntil(in, "</message>");
        StringBuilder idle = new StringBuilder();
        byte[] buf = new byte[256];
        long deadline = System.nanoTime() + 2_500_000_000L;
        s.setSoTimeout(100);
        while (System.nanoTime() < deadline) {
          try {
            int n = in.read(buf);
            if (n < 0) break;
            idle.append(new String(buf, 0, n, StandardCharsets.UTF_8));
          } catch (java.net.SocketTimeoutException quiet) {
            // nothing this moment; keep listening until the deadline
          }
        }
        return idle.toString();
      }
    }
  }

  private static void readUntil(InputStream in, String marker) throws Exception {
    StringBuilder sb = new StringBuilder();
    byte[] buf = new byte[1024];
    while (!sb.toString().contains(marker)) {
      int n = in.read(buf);
      if (n < 0) throw new AssertionError("closed before " + marker + ": " + sb);
      sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
    }
  }
}
