package org.bridgehead.gateway.sip.routing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.registrar.Binding;
import org.bridgehead.gateway.sip.registrar.LocationService;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * Self-contained mode: tries the user's devices one after the other, highest q first, until one accepts
 * (sequential forking, RFC 3261 §16.6): a message is shown once, on the preferred device that takes it.
 */
public final class RegisteredDevices implements LocalDelivery {
  private final SipEndpoint endpoint;
  private final LocationService location;
  private final Predicate<SipUri> knownUser;

  public RegisteredDevices(SipEndpoint endpoint, LocationService location, Predicate<SipUri> knownUser) {
    this.endpoint = endpoint;
    this.location = location;
    this.knownUser = knownUser;
  }

  @Override
  public CompletableFuture<SipResponse> deliver(SipUri user, SipRequest request) {
    List<Binding> devices = location.lookup(user);
    if (devices.isEmpty()) {
      return CompletableFuture.completedFuture(knownUser.test(user)
          ? SipResponse.of(480, "Temporarily Unavailable") : SipResponse.of(404, "Not Found"));
    }
    return attempt(devices, 0, request, null);
  }

  private CompletableFuture<SipResponse> attempt(List<Binding> devices, int i, SipRequest request, SipResponse best) {
    if (i == devices.size()) return CompletableFuture.completedFuture(best);
    Binding b = devices.get(i);
    SipRequest toDevice = new SipRequest(request.method(), b.contact(), request.from(), request.to(), request.callId(),
        request.cseq(), request.contact(), request.route(), request.headers(), request.contentType(), request.body(),
        b.source(), request.maxForwards());
    return endpoint.send(toDevice).thenCompose(r -> r.isSuccess() || r.status() >= 600
        ? CompletableFuture.completedFuture(r) : attempt(devices, i + 1, request, better(best, r)));
  }

  /** Keeps the most telling failure: a real answer beats a made-up timeout. */
  private static SipResponse better(SipResponse best, SipResponse next) {
    if (best == null) return next;
    return best.local() && !next.local() ? next : best;
  }
}
