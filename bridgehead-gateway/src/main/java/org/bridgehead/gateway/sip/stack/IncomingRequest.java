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
    return header("Expires").map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 10 && s.chars().allMatch(c -> c >= '0' && c <= '9'))
        .map(s -> (int) Math.min(Integer.MAX_VALUE, Long.parseLong(s)));
  }

  @FunctionalInterface
  public interface Responder {
    void respond(SipResponse response);
  }

  @Override
  public String toString() { return method + " " + requestUri + " from " + from.uri() + " via " + source; }
}
