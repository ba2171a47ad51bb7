package org.bridgehead.gateway.sip.stack.jain;

import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.header.SIPHeader;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.HandlerExecutor;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.LocalHops;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipEndpointSettings;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTlsMaterial;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SipEndpoint} on the JAIN-SIP reference implementation: one stack per listening address, UDP and
 * TCP (and TLS when configured). The stack's threads only convert and hand over; handlers run on the
 * endpoint's own executor, and responses may be sent from any thread.
 */
public final class JainSipEndpoint implements SipEndpoint, SipListener {
  private static final Logger log = LoggerFactory.getLogger(JainSipEndpoint.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final SipEndpointSettings settings;
  private final String name = "jainsip.bridgehead-" + INSTANCES.incrementAndGet();
  private final Map<ClientTransaction, CompletableFuture<SipResponse>> pending = new ConcurrentHashMap<>();
  private final ExecutorService executor;
  private SipStack stack;
  private SipProvider provider;
  private JainMessages messages;
  private final LocalHops localHops = new LocalHops();
  private volatile RequestHandler handler;
  private TlsStoreFiles tlsFiles;

  public JainSipEndpoint(SipEndpointSettings settings) {
    this.settings = settings;
    this.executor = HandlerExecutor.bounded(name, HandlerExecutor.QUEUE);
  }

  @Override
  public synchronized void start(RequestHandler requestHandler) {
    if (stack != null) throw new IllegalStateException("already started");
    this.handler = requestHandler;
    try {
      SipFactory factory = SipFactory.getInstance();
      factory.setPathName("gov.nist");
      stack = factory.createSipStack(properties());
      messages = new JainMessages(factory.createMessageFactory(), factory.createHeaderFactory(),
          factory.createAddressFactory());
      int wanted = settings.port() != 0 ? settings.port() : FreePorts.udpAndTcp(settings.address());
      ListeningPoint udp = stack.createListeningPoint(settings.address(), wanted, ListeningPoint.UDP);
      int port = udp.getPort();
      ListeningPoint tcp = stack.createListeningPoint(settings.address(), port, ListeningPoint.TCP);
      provider = stack.createSipProvider(udp);
      provider.addListeningPoint(tcp);
      localHops.put(new Hop(settings.address(), port, SipTransport.UDP));
      localHops.put(new Hop(settings.address(), port, SipTransport.TCP));
      if (settings.tls() != null) {
        ListeningPoint tls = stack.createListeningPoint(settings.address(),
            settings.tlsPort() != 0 ? settings.tlsPort() : FreePorts.tcp(settings.address()), ListeningPoint.TLS);
        provider.addListeningPoint(tls);
        localHops.put(new Hop(settings.address(), tls.getPort(), SipTransport.TLS));
      }
      provider.addSipListener(this);
      stack.start();
      log.info("SIP listening on {} (udp/tcp {}{})", settings.address(), port,
          settings.tls() != null ? ", tls " + localHops.get(SipTransport.TLS).port() : "");
    } catch (Exception e) {
      close();
      throw new IllegalStateException("cannot start SIP on " + settings.address() + ":" + settings.port() + ": "
          + e.getMessage(), e);
    }
  }

  private Properties properties() throws Exception {
    Properties p = new Properties();
    p.setProperty("javax.sip.STACK_NAME", name);
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    p.setProperty("javax.sip.ROUTER_PATH", NumericHopRouter.class.getName());
    p.setProperty("javax.sip.USE_ROUTER_FOR_ALL_URIS", "true");
    p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
    p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
    p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
    p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(settings.maxMessageBytes()));
    p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
    p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(SipEndpointSettings.UDP_BUFFER_BYTES));
    p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(SipEndpointSettings.UDP_BUFFER_BYTES));
    p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", System.getProperty("bridgehead.sip.trace", "0"));
    p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
    if (settings.tls() != null) {
      tlsFiles = TlsStoreFiles.write(settings.tls(), p);
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
      // the RI's defaults are TLS 1.0-1.2 with RSA key exchange only; offer what current peers expect
      p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.3, TLSv1.2");
      p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",", SipTlsMaterial.CIPHER_SUITES));
    }
    return p;
  }

  @Override
  public Hop localHop(SipTransport transport) { return localHops.get(transport); }

  @Override
  public CompletableFuture<SipResponse> send(SipRequest request) {
    CompletableFuture<SipResponse> result = new CompletableFuture<>();
    Hop via = localHops.find(request.hop().transport());
    if (via == null) return CompletableFuture.completedFuture(failed(503, "no " + request.hop().transport() + " transport"));
    try {
      Request r = messages.request(request, via.address(), via.port());
      ClientTransaction ct;
      NumericHopRouter.NEXT.set(request.hop());
      try {
        ct = provider.getNewClientTransaction(r);
      } finally {
        NumericHopRouter.NEXT.remove();
      }
      pending.put(ct, result);
      ct.sendRequest();
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      log.debug("{} to {} failed to send: {}", request.method(), request.hop(), e.toString());
      result.complete(failed(503, "cannot send: " + e.getMessage()));
    }
    return result;
  }

  private static SipResponse failed(int status, String reason) {
    return new SipResponse(status, reason, SipHeaders.empty(), null, null, null, true);
  }

  @Override
  public void processRequest(RequestEvent event) {
    long received = System.nanoTime();
    Request request = event.getRequest();
    if (Request.ACK.equals(request.getMethod())) return;
    ServerTransaction st = event.getServerTransaction();
    try {
      if (st == null) st = provider.getNewServerTransaction(request);
    } catch (TransactionAlreadyExistsException e) {
      return; // a retransmission the stack will answer
    } catch (Exception e) {
      log.debug("no server transaction for {}: {}", request.getMethod(), e.toString());
      return;
    }
    ServerTransaction tx = st;
    IncomingRequest incoming;
    try {
      incoming = incoming(request, (RequestEventExt) event, tx, received);
    } catch (RuntimeException e) {
      respond(tx, request, SipResponse.of(e.getMessage() != null && e.getMessage().contains("URI") ? 416 : 400,
          "Bad Request: " + e.getMessage()));
      return;
    }
    try {
      executor.execute(() -> {
        try {
          handler.handle(incoming);
        } catch (RuntimeException e) {
          log.warn("handler failed on {}: {}", incoming, e.toString(), e);
          incoming.respond(500, "Server Internal Error");
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      respond(tx, request, SipResponse.of(503, "Service Unavailable").withHeader("Retry-After", "5"));
    }
  }

  private IncomingRequest incoming(Request r, RequestEventExt event, ServerTransaction tx, long received) {
    if (!(r.getRequestURI() instanceof javax.sip.address.SipURI)) {
      throw new IllegalArgumentException("unsupported URI scheme " + r.getRequestURI().getScheme());
    }
    SipHeaders all = JainMessages.headers(r);
    ViaHeader via = (ViaHeader) r.getHeader(ViaHeader.NAME);
    Hop source = new Hop(event.getRemoteIpAddress(), event.getRemotePort(), SipTransport.of(via.getTransport()));
    return new IncomingRequest(r.getMethod(), SipUri.parse(r.getRequestURI().toString()),
        NameAddr.parse(value(r, "From")), NameAddr.parse(value(r, "To")),
        ((CallIdHeader) r.getHeader(CallIdHeader.NAME)).getCallId(),
        ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber(), all, JainMessages.contentType(r),
        JainMessages.body(r), source, received, response -> respond(tx, r, response));
  }

  private static String value(Request r, String name) {
    return ((SIPHeader) r.getHeader(name)).getHeaderValue();
  }

  private void respond(ServerTransaction tx, Request request, SipResponse response) {
    javax.sip.message.Response built;
    try {
      built = messages.response(request, response);
    } catch (Exception e) {
      // never leave the client waiting: a response that cannot be built becomes a plain 500
      log.warn("response {} to {} could not be built ({}); answering 500", response.status(), request.getMethod(),
          e.toString());
      try {
        built = messages.response(request, SipResponse.of(500, "Server Internal Error"));
      } catch (Exception again) {
        return;
      }
    }
    try {
      tx.sendResponse(built);
    } catch (Exception e) {
      log.debug("response {} to {} not sent: {}", response.status(), request.getMethod(), e.toString());
    }
  }

  @Override
  public void processResponse(ResponseEvent event) {
    if (event.getResponse().getStatusCode() < 200 || event.getClientTransaction() == null) return;
    CompletableFuture<SipResponse> f = pending.remove(event.getClientTransaction());
    if (f != null) {
      SipResponse response = messages.response(event.getResponse());
      executor.execute(() -> f.complete(response));
    }
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) return;
    CompletableFuture<SipResponse> f = pending.remove(event.getClientTransaction());
    if (f != null) executor.execute(() -> f.complete(failed(408, "Request Timeout (no response)")));
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    log.debug("SIP transport error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    if (event.isServerTransaction()) return;
    CompletableFuture<SipResponse> f = pending.remove(event.getClientTransaction());
    if (f != null) executor.execute(() -> f.complete(failed(503, "Service Unavailable (transport failed)")));
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {}

  @Override
  public synchronized void close() {
    if (stack != null) {
      try {
        if (provider != null) {
          provider.removeSipListener(this);
          stack.deleteSipProvider(provider);
        }
      } catch (Exception e) {
        log.debug("SIP provider close: {}", e.toString());
      }
      stack.stop();
      stack = null;
    }
    if (tlsFiles != null) tlsFiles.close();
    pending.values().forEach(f -> f.complete(failed(503, "SIP endpoint closed")));
    pending.clear();
    executor.shutdownNow();
  }
}
