package org.bridgehead.gateway.sip.stack;

import java.util.concurrent.CompletableFuture;

/**
 * Bridgehead's own thin interface to a SIP stack: requests in, responses out, requests out with their
 * final response as a future. Transactions (retransmissions, timers) belong to the implementation;
 * dialogs are plain data kept by the caller ({@link Dialog}), so the stack can be replaced.
 */
public interface SipEndpoint extends AutoCloseable {
  /** Sets the handler and starts listening. Handlers are called off the stack's own threads. */
  void start(RequestHandler handler);

  /**
   * Sends a request. The future completes with the final response — a made-up 408 on timeout or 503
   * when the transport failed — and never exceptionally for network reasons.
   */
  CompletableFuture<SipResponse> send(SipRequest request);

  /** The hop other endpoints use to reach this one on a transport, e.g. for Contact headers. */
  Hop localHop(SipTransport transport);

  @Override
  void close();

  @FunctionalInterface
  interface RequestHandler {
    void handle(IncomingRequest request);
  }
}
