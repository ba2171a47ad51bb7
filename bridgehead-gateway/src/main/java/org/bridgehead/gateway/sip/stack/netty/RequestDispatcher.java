package org.bridgehead.gateway.sip.stack.netty;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.SipEndpoint.RequestHandler;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Received bytes to transactions (on the I/O threads): responses to their client transaction, requests
 * to a new server transaction and then to the handler on its executor. Faulty requests whose Via can be
 * read get a stateless 400 naming the fault; the rest is dropped with a debug log.
 */
final class RequestDispatcher implements Receiver {
  private static final Logger log = LoggerFactory.getLogger(RequestDispatcher.class);
  private final int maxBytes;
  private final Executor executor;
  private Wire wire;
  private ClientTransactions clients;
  private ServerTransactions servers;
  private volatile RequestHandler handler;

  RequestDispatcher(int maxBytes, Executor executor) {
    this.maxBytes = maxBytes;
    this.executor = executor;
  }

  void wire(Wire w, ClientTransactions c, ServerTransactions s) {
    this.wire = w;
    this.clients = c;
    this.servers = s;
  }

  void handler(RequestHandler h) { this.handler = h; }

  @Override
  public void received(byte[] bytes, SipTransport transport, InetSocketAddress source, Channel connection) {
    long now = System.nanoTime();
    SipMessage m;
    try {
      m = SipParser.parse(bytes, 0, bytes.length, transport == SipTransport.UDP, maxBytes);
    } catch (SipParseException e) {
      refuse(e.getMessage(), e.status(), bytes, transport, source, connection);
      return;
    }
    try {
      if (m.isRequest()) {
        request(m, transport, source, connection, now);
      } else {
        response(m, source);
      }
    } catch (SipParseException e) {
      log.debug("SIP {} from {} dropped: {}", m, source, e.getMessage());
    }
  }

  private void response(SipMessage m, InetSocketAddress source) {
    Via top = Via.parse(InboundMessages.required(m, "Via"));
    if (!clients.response(top.branch(), InboundMessages.cseqMethod(m), m)) {
      log.debug("SIP {} from {} matches no transaction; dropped", m, source);
    }
  }

  private void request(SipMessage m, SipTransport transport, InetSocketAddress source, Channel connection, long now) {
    Via top = Via.parse(InboundMessages.required(m, "Via"));
    String ip = source.getAddress().getHostAddress();
    String stamped = top.stamped(ip, source.getPort());
    Destination reply = replyTo(top, transport, source, connection);
    ServerTransactions.Tx tx = servers.receive(m, top, reply);
    if (tx == null) return; // a retransmission or an ACK
    IncomingRequest.Responder responder = r -> respond(tx, m, stamped, reply, r);
    IncomingRequest in;
    try {
      in = InboundMessages.request(m, new Hop(ip, source.getPort(), transport), now, responder);
    } catch (InboundMessages.UnsupportedScheme e) {
      responder.respond(SipResponse.of(416, "Unsupported URI Scheme"));
      return;
    } catch (SipParseException e) {
      responder.respond(SipResponse.of(400, "Bad Request (" + e.getMessage() + ")"));
      return;
    }
    try {
      executor.execute(() -> handle(in));
    } catch (RejectedExecutionException e) {
      // overload (RFC 3261 §21.5.4): refuse now rather than queue without bound
      responder.respond(SipResponse.of(503, "Service Unavailable").withHeader("Retry-After", "5"));
    }
  }

  private void handle(IncomingRequest in) {
    try {
      handler.handle(in);
    } catch (RuntimeException e) {
      log.warn("handler failed on {}: {}", in, e.toString(), e);
      in.respond(500, "Server Internal Error");
    }
  }

  /**
   * Where responses go (RFC 3261 §18.2.2, RFC 3581 §4): over the connection the request came on, else
   * to the source address and the sent-by port; on UDP to the source port when the client asked (rport).
   */
  private static Destination replyTo(Via top, SipTransport transport, InetSocketAddress source, Channel connection) {
    boolean sourcePort = transport == SipTransport.UDP && top.rport();
    int port = sourcePort ? source.getPort() : top.portOrDefault();
    InetSocketAddress address = port == source.getPort() ? source : new InetSocketAddress(source.getAddress(), port);
    return new Destination(transport, address, connection);
  }

  private void respond(ServerTransactions.Tx tx, SipMessage request, String topVia, Destination to, SipResponse r) {
    byte[] bytes;
    int status = r.status();
    try {
      bytes = SipWriter.write(OutgoingMessages.response(request, topVia, r));
    } catch (RuntimeException e) {
      // never leave the client waiting: a response that cannot be built becomes a plain 500
      log.warn("response {} to {} could not be built ({}); answering 500", status, request.method(), e.toString());
      try {
        bytes = SipWriter.write(OutgoingMessages.response(request, topVia, SipResponse.of(500, "Server Internal Error")));
      } catch (RuntimeException again) {
        log.warn("no response to {}: {}", request.method(), again.toString());
        return;
      }
      status = 500;
    }
    servers.respond(tx, bytes, status, to);
  }

  @Override
  public void unframed(String fault, byte[] head, SipTransport transport, InetSocketAddress source, Channel connection) {
    refuse(fault, 400, head, transport, source, connection);
  }

  /** Answers a request that could not be taken statelessly with {@code status}, if enough of it can be read. */
  private void refuse(String fault, int status, byte[] head, SipTransport transport, InetSocketAddress source,
      Channel connection) {
    SipMessage salvaged = Salvage.request(head);
    if (salvaged == null) {
      log.debug("SIP {} message from {} dropped: {}", transport, source, fault);
      return;
    }
    log.debug("SIP {} request from {} refused: {}", transport, source, fault);
    try {
      Via top = Via.parse(salvaged.first("Via"));
      String stamped = top.stamped(source.getAddress().getHostAddress(), source.getPort());
      String reason = status == 505 ? "Version Not Supported" : "Bad Request";
      SipResponse bad = SipResponse.of(status, reason + " (" + SipParser.abbreviate(fault) + ")");
      wire.send(replyTo(top, transport, source, connection), SipWriter.write(OutgoingMessages.response(salvaged, stamped, bad)),
          cause -> log.debug("{} not sent to {}: {}", status, source, cause.toString()));
    } catch (RuntimeException e) {
      log.debug("no {} for the faulty request from {}: {}", status, source, e.toString());
    }
  }

  void sweep() {
    long now = System.nanoTime();
    servers.sweep(now);
  }

  void close() { servers.closeAll(); }
}
