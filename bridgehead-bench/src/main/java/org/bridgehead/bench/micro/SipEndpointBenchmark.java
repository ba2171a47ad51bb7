package org.bridgehead.bench.micro;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipStackKind;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * SIP MESSAGE round trips over UDP on loopback, client and server on the same stack (netty or jain), in
 * the same JVM run: {@value #WINDOW} requests in flight per operation, each answered 200 by the server's
 * handler; the score is round trips per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SipEndpointBenchmark {
  static final int WINDOW = 200;

  @Param({"netty", "jain"})
  public String stack;

  SipEndpoint server;
  SipEndpoint client;
  SipRequest template;

  @Setup
  public void setUp() {
    SipStackKind kind = SipStackKind.of(stack);
    server = kind.create(SipEndpointSettings.plain("127.0.40.50", 0));
    server.start(r -> r.respond(200, "OK"));
    client = kind.create(SipEndpointSettings.plain("127.0.40.51", 0));
    client.start(r -> r.respond(500, "unexpected"));
    SipUri bob = SipUri.parse("sip:bob@contoso.test");
    template = SipRequest.outOfDialog("MESSAGE", bob, NameAddr.of(SipUri.parse("sip:alice@fabrikam.test")),
        NameAddr.of(bob), server.localHop(SipTransport.UDP))
        .withBody("text/plain;charset=UTF-8", "Hello Bob, a typical instant message.".getBytes(StandardCharsets.UTF_8));
  }

  @TearDown
  public void tearDown() {
    client.close();
    server.close();
  }

  @Benchmark
  @OperationsPerInvocation(WINDOW)
  public int messageRoundTrips() {
    @SuppressWarnings("unchecked")
    CompletableFuture<SipResponse>[] inFlight = new CompletableFuture[WINDOW];
    for (int i = 0; i < WINDOW; i++) {
      SipRequest r = template;
      // each request its own Call-ID and From tag, as distinct conversations send them
      inFlight[i] = client.send(SipRequest.outOfDialog(r.method(), r.requestUri(), r.from(), r.to(), r.hop())
          .withBody(r.contentType(), r.body()));
    }
    int ok = 0;
    for (CompletableFuture<SipResponse> f : inFlight) {
      if (f.join().status() == 200) ok++;
    }
    if (ok != WINDOW) throw new IllegalStateException((WINDOW - ok) + " of " + WINDOW + " MESSAGEs not answered 200");
    return ok;
  }
}
