package org.bridgehead.gateway.sip.stack.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TCP against a raw socket peer: connection reuse, keep-alive pings, framing faults. */
class NettyStreamTest {
  private static final String ADDRESS = "127.0.40.40";
  private static final String PEER = "127.0.40.41";
  private NettySipEndpoint endpoint;

  @BeforeEach
  void start() {
    endpoint = new NettySipEndpoint(SipEndpointSettings.plain(ADDRESS, 0), new SipTimers(40, 160, 200), 100);
    endpoint.start(r -> r.respond(200, "OK"));
  }

  @AfterEach
  void close() { endpoint.close(); }

  private Socket connect() throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(InetAddress.getByName(PEER), 0));
    s.connect(new InetSocketAddress(ADDRESS, endpoint.localHop(SipTransport.TCP).port()));
    s.setSoTimeout(2000);
    return s;
  }

  /** What arrives on {@code in} within the socket timeout, until {@code expected} is seen or the time is up. */
  /** Reads until every one of {@code expected} has come (or the socket times out). */
  private static String read(InputStream in, String... expected) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      while (!containsAll(out.toString(StandardCharsets.UTF_8), expected)) {
        int n = in.read(buf);
        if (n < 0) break;
        out.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      // return what came
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean containsAll(String text, String... parts) {
    for (String p : parts) if (!text.contains(p)) return false;
    return true;
  }

  @Test
  void requestsToOneHopShareOneConnectionAndResponsesComeBackOnIt() throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getByName(PEER), 0));
      SipUri bob = SipUri.parse("sip:bob@contoso.test");
      Hop hop = new Hop(PEER, server.getLocalPort(), SipTransport.TCP);
      SipRequest first = SipRequest.outOfDialog("OPTIONS", bob, NameAddr.of(bob), NameAddr.of(bob), hop);
      var f1 = endpoint.send(first);
      try (Socket s = server.accept()) {
        s.setSoTimeout(2000);
        String one = read(s.getInputStream(), "\r\n\r\n");
        s.getOutputStream().write(RawUdpPeer.answer(one, "200 OK").getBytes(StandardCharsets.UTF_8));
        assertThat(f1.get(2, TimeUnit.SECONDS).status()).isEqualTo(200);

        var f2 = endpoint.send(SipRequest.outOfDialog("OPTIONS", bob, NameAddr.of(bob), NameAddr.of(bob), hop));
        String two = read(s.getInputStream(), "\r\n\r\n");
        s.getOutputStream().write(RawUdpPeer.answer(two, "200 OK").getBytes(StandardCharsets.UTF_8));
        assertThat(f2.get(2, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(two).startsWith("OPTIONS sip:bob@contoso.test SIP/2.0").contains("Via: SIP/2.0/TCP " + ADDRESS);
        server.setSoTimeout(300);
        assertThat(acceptsAnother(server)).as("a second connection").isFalse();
      }
    }
  }

  private static boolean acceptsAnother(ServerSocket server) throws IOException {
    try (Socket extra = server.accept()) {
      return extra != null;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  @Test
  void aPingIsAnsweredAndSeveralRequestsInOneWriteAreAllAnswered() throws Exception {
    try (Socket s = connect()) {
      s.getOutputStream().write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(read(s.getInputStream(), "\r\n")).isEqualTo("\r\n");
      String a = RawUdpPeer.request("MESSAGE", "z9hG4bKa", PEER + ":5060", "one").replace("SIP/2.0/UDP", "SIP/2.0/TCP");
      String b = RawUdpPeer.request("MESSAGE", "z9hG4bKb", PEER + ":5060", "two").replace("SIP/2.0/UDP", "SIP/2.0/TCP");
      s.getOutputStream().write((a + b).getBytes(StandardCharsets.UTF_8));
      // the two handlers may answer in either order
      String answers = read(s.getInputStream(), "Call-ID: z9hG4bKa@test", "Call-ID: z9hG4bKb@test");
      assertThat(answers.split("SIP/2.0 200 OK", -1)).hasSize(3);
    }
  }

  @Test
  void aRequestWithoutContentLengthGetsA400AndTheConnectionCloses() throws Exception {
    try (Socket s = connect()) {
      String bad = RawUdpPeer.request("MESSAGE", "z9hG4bKnolength", PEER + ":5060", "")
          .replace("SIP/2.0/UDP", "SIP/2.0/TCP").replace("Content-Length: 0\r\n", "");
      s.getOutputStream().write(bad.getBytes(StandardCharsets.UTF_8));
      String answer = read(s.getInputStream(), "\u0000never");
      assertThat(answer).startsWith("SIP/2.0 400 Bad Request (Content-Length is required on stream transports)");
      assertThat(s.getInputStream().read()).as("closed").isEqualTo(-1);
    }
  }
}
