package org.bridgehead.gateway.sip.routing;

import java.util.concurrent.CompletableFuture;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/** Proxy mode: requests for local users go to the SIP proxy in front (Kamailio), which knows their devices. */
public final class NextHopProxy implements LocalDelivery {
  private final SipEndpoint endpoint;
  private final Hop nextHop;

  public NextHopProxy(SipEndpoint endpoint, Hop nextHop) {
    this.endpoint = endpoint;
    this.nextHop = nextHop;
  }

  @Override
  public CompletableFuture<SipResponse> deliver(SipUri user, SipRequest request) {
    return endpoint.send(new SipRequest(request.method(), user.addressOfRecord(), request.from(), request.to(),
        request.callId(), request.cseq(), request.contact(), request.route(), request.headers(), request.contentType(),
        request.body(), nextHop, request.maxForwards()));
  }
}
