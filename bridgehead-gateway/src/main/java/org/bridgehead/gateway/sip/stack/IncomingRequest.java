package org.bridgehead.gateway.sip.stack;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bridgehead.gateway.address.SipUri;

/**
 * A request received by an endpoint. It is answered exactly once through {@link #respond}, from any
 * thread; the stack absorbs retransmissions meanwhile. ACK has nothing to answer.
 *
 * @param source the address the request came from (received/rport), as a hop for replies
 * @param receivedNanos when the endpoint received it ({@link System#nanoTime()}), for latency figures
 */
public record IncomingRequest(String method, SipUri requestUri, NameAddr from, NameAddr to, String callId,
    long cseq, SipHeaders headers, String contentType, byte[] body, Hop source, long receivedNanos,
    Responder responder) {

  /** Sends the final (or provisional) response. Failures are logged by the endpoint, never thrown. */
  public void respond(SipResponse response) { responder.respond(response); }

  public void respond(int status, String reason) { respond(SipResponse.of(status, reason)); }

  public Optional<String> header(String name) { return headers.first(name); }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The Contact URI, when the request carries one. */
  public Optional<NameAddr> contact() {
    return header("Contact").filter(c -> !c.strip().equals("*")).map(NameAddr::parse);
  }

  /** Expires header as seconds, when present and numeric. */
  public Optional<Integer> expires() {
    return header("Expires").map(String::strip).filter(s -> SipHeaders.isDigits(s, 10))
        .map(s -> (int) Math.min(Integer.MAX_VALUE, Long.parseLong(s)));
  }

  /**
   * The Max-Forwards value: {@link SipRequest#MAX_FORWARDS} when absent, -1 when it is not a number
   * from 0 to 255 (RFC 3261 §20.22).
   */
  public int maxForwards() {
    String v = header("Max-Forwards").map(String::strip).orElse(null);
    if (v == null) return SipRequest.MAX_FORWARDS;
    if (!SipHeaders.isDigits(v, 3)) return -1;
    int n = Integer.parseInt(v);
    return n > 255 ? -1 : n;
  }

  @FunctionalInterface
  public interface Responder {
    void respond(SipResponse response);
  }

  @Override
  public String toString() { return method + " " + requestUri + " from " + from.uri() + " via " + source; }
}
