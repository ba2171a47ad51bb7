package org.bridgehead.gateway.sip.stack.netty;

import io.netty.util.HashedWheelTimer;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.gateway.sip.stack.HandlerExecutor;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.LocalHops;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SipEndpoint} on Netty: UDP, TCP and TLS on a small event-loop group, RFC 3261 non-INVITE
 * transactions (and INVITE server transactions for the errors the gateway answers INVITE with), no
 * dialogs and no DNS. I/O threads parse and match transactions only; handlers run on a bounded
 * executor, and a request that finds it full is answered 503 with Retry-After at once.
 */
public final class NettySipEndpoint implements SipEndpoint {
  private static final Logger log = LoggerFactory.getLogger(NettySipEndpoint.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final int IO_THREADS = 2;
  /** Methods of INVITE transactions (RFC 3261 §17.1.1), which the gateway never sends. */
  private static final java.util.Set<String> UNSENDABLE = java.util.Set.of("INVITE", "ACK", "CANCEL");

  private final SipEndpointSettings settings;
  private final String name = "nettysip-" + INSTANCES.incrementAndGet();
  private final ExecutorService executor;
  private final HashedWheelTimer timer;
  private final NettyTransports transports;
  private final ClientTransactions clients;
  private final RequestDispatcher dispatcher;
  private final LocalHops localHops = new LocalHops();
  private volatile boolean started;

  public NettySipEndpoint(SipEndpointSettings settings) {
    this(settings, SipTimers.RFC3261, HandlerExecutor.QUEUE);
  }

  NettySipEndpoint(SipEndpointSettings settings, SipTimers timers, int handlerQueue) {
    this.settings = settings;
    this.executor = HandlerExecutor.bounded(name, handlerQueue);
    this.timer = new HashedWheelTimer(new DefaultThreadFactory(name + "-timer", true), 10, TimeUnit.MILLISECONDS);
    this.dispatcher = new RequestDispatcher(settings.maxMessageBytes(), executor);
    this.transports = new NettyTransports(settings, dispatcher, IO_THREADS, name);
    this.clients = new ClientTransactions(transports, timer, timers, new Completions(executor));
    dispatcher.wire(transports, clients, new ServerTransactions(transports, timer, timers));
  }

  @Override
  public synchronized void start(RequestHandler handler) {
    if (started) throw new IllegalStateException("already started");
    started = true;
    dispatcher.handler(handler);
    try {
      transports.bind().forEach((t, a) -> localHops.put(new Hop(settings.address(), a.getPort(), t)));
      clients.admitUnanswered(ClientTransactions.unansweredFor(transports.udpReceiveBuffer()));
    } catch (Exception e) {
      close();
      throw new IllegalStateException("cannot start SIP on " + settings.address() + ":" + settings.port() + ": "
          + e.getMessage(), e);
    }
    transports.group().next().scheduleAtFixedRate(dispatcher::sweep, 50, 50, TimeUnit.MILLISECONDS);
    log.info("SIP (netty) listening on {} (udp/tcp {}{})", settings.address(), localHops.get(SipTransport.UDP).port(),
        localHops.find(SipTransport.TLS) != null ? ", tls " + localHops.get(SipTransport.TLS).port() : "");
  }

  @Override
  public CompletableFuture<SipResponse> send(SipRequest request) {
    if (UNSENDABLE.contains(request.method())) {
      throw new IllegalArgumentException(request.method() + " is not sent by this endpoint (no INVITE client transactions)");
    }
    Hop via = localHops.find(request.hop().transport());
    String branch = Ids.branch();
    if (via == null) {
      return CompletableFuture.completedFuture(ClientTransactions.local(503, "no " + request.hop().transport() + " transport"));
    }
    byte[] bytes = SipWriter.write(OutgoingMessages.request(request, via, branch)); // refusals throw to the caller
    Hop hop = request.hop();
    Destination to = new Destination(hop.transport(), new InetSocketAddress(IpAddresses.of(hop.address()), hop.port()), null);
    return clients.send(branch, request.method(), bytes, to);
  }

  @Override
  public Hop localHop(SipTransport transport) { return localHops.get(transport); }

  @Override
  public synchronized void close() {
    transports.close();
    clients.closeAll();
    dispatcher.close();
    timer.stop();
    executor.shutdownNow();
  }

  /** For tests and figures: client transactions waiting for their final response. */
  int clientTransactions() { return clients.size(); }

  /** For tests: turns free for UDP requests awaiting their first answer (-1 before the socket is bound). */
  int freeTurns() { return clients.freeTurns(); }

  /** For tests: responses that matched no transaction, not even one completed within Timer K. */
  long strayResponses() { return clients.strays(); }
}
