package org.bridgehead.gateway.sip.testing;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.auth.DigestAlgorithm;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.bridgehead.gateway.sip.stack.jain.JainSipEndpoint;

/**
 * A SIP user agent for tests, on its own JAIN-SIP endpoint: registers, answers digest challenges,
 * sends MESSAGE/SUBSCRIBE/PUBLISH through the gateway as its outbound proxy, and records what it
 * receives (answering 200).
 */
public final class TestUserAgent implements AutoCloseable {
  public final SipUri aor;
  private final String password;
  private final JainSipEndpoint endpoint;
  private final Hop proxy;
  public final BlockingQueue<IncomingRequest> received = new LinkedBlockingQueue<>();
  private volatile int answer = 200;

  public TestUserAgent(String address, SipUri aor, String password, Hop proxy) {
    this.aor = aor;
    this.password = password;
    this.proxy = proxy;
    this.endpoint = new JainSipEndpoint(SipEndpointSettings.plain(address, 0));
    endpoint.start(r -> {
      received.add(r);
      r.respond(answer, answer == 200 ? "OK" : "Refused by test");
    });
  }

  /** Status this agent answers incoming requests with. */
  public void answerWith(int status) { answer = status; }

  public Hop hop() { return endpoint.localHop(proxy.transport()); }

  public SipUri contact() { return new SipUri(false, aor.user(), hop().address(), hop().port(), java.util.Map.of()); }

  public SipResponse register(int expires) {
    return send(base("REGISTER", SipUri.parse("sip:" + aor.host()), aor).withContact(contact())
        .withHeader("Expires", Integer.toString(expires)));
  }

  public SipResponse message(SipUri to, String text) {
    return message(to, text, SipRequest.MAX_FORWARDS);
  }

  public SipResponse message(SipUri to, String text, int maxForwards) {
    return send(base("MESSAGE", to, to).withBody("text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8))
        .withMaxForwards(maxForwards));
  }

  public SipResponse publish(byte[] pidf, int expires) {
    return send(base("PUBLISH", aor, aor).withHeader("Event", "presence").withHeader("Expires", Integer.toString(expires))
        .withBody("application/pidf+xml", pidf));
  }

  /** Sends SUBSCRIBE; the response's To tag identifies the dialog. */
  public SipResponse subscribe(SipUri presentity, int expires) {
    return send(base("SUBSCRIBE", presentity, presentity).withContact(contact()).withHeader("Event", "presence")
        .withHeader("Accept", "application/pidf+xml").withHeader("Expires", Integer.toString(expires)));
  }

  public IncomingRequest next(String method, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      IncomingRequest r = received.poll(100, TimeUnit.MILLISECONDS);
      if (r != null && r.method().equals(method)) return r;
    }
    throw new AssertionError("no " + method + " for " + aor + " within " + seconds + " s");
  }

  private SipRequest base(String method, SipUri target, SipUri to) {
    return new SipRequest(method, target, new NameAddr(null, aor, Ids.tag()), NameAddr.of(to), Ids.callId(), 1, null,
        null, null, null, null, proxy);
  }

  /** Sends, answering up to one digest challenge. */
  public SipResponse send(SipRequest request) {
    SipResponse r = endpoint.send(request).join();
    if (r.status() != 401 && r.status() != 407) return r;
    String challengeHeader = r.status() == 401 ? "WWW-Authenticate" : "Proxy-Authenticate";
    String challenge = r.headers().all(challengeHeader).stream().filter(c -> c.contains("MD5")).findFirst()
        .orElseThrow(() -> new AssertionError("no MD5 challenge in " + r + " " + r.headers()));
    String authorization = authorization(challenge, request.method(), request.requestUri().toString(), password);
    SipRequest again = new SipRequest(request.method(), request.requestUri(), request.from(), request.to(),
        request.callId(), request.cseq() + 1, request.contact(), request.route(),
        request.headers().with(r.status() == 401 ? "Authorization" : "Proxy-Authorization", authorization),
        request.contentType(), request.body(), request.hop(), request.maxForwards());
    return endpoint.send(again).join();
  }

  /** A digest response (MD5, qop=auth) to {@code challenge}. */
  public String authorization(String challenge, String method, String uri, String secret) {
    Function<String, String> param = name -> SipHeaders.param(";" + challenge.substring(7).replaceAll(",\\s*", ";"), name)
        .orElseThrow();
    String realm = param.apply("realm");
    String nonce = param.apply("nonce");
    String cnonce = Ids.random(4);
    DigestAlgorithm md5 = DigestAlgorithm.MD5;
    String ha1 = md5.hex(aor.user() + ":" + realm + ":" + secret);
    String ha2 = md5.hex(method + ":" + uri);
    String response = md5.hex(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
    return "Digest username=\"" + aor.user() + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
        + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"" + cnonce + "\"";
  }

  @Override
  public void close() { endpoint.close(); }

  static SipTransport udp() { return SipTransport.UDP; }
}
