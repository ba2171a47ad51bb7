package org.bridgehead.gateway.im;

import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.routing.LocalDelivery;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/** A MESSAGE between two local users, relayed to the recipient's devices with the outcome passed back. */
public final class LocalMessages {
  private final LocalDelivery delivery;

  public LocalMessages(LocalDelivery delivery) { this.delivery = delivery; }

  public void message(IncomingRequest r, SipUri sender) {
    SipUri to = r.requestUri().addressOfRecord();
    // a relay forwards: it spends one of the request's hops, and one with none left goes no further
    // (RFC 3261 §16.3 step 2, §16.6 step 3), so a routing loop through a proxy in front ends
    int hops = r.maxForwards();
    if (hops < 0) {
      r.respond(SipResponse.of(400, "Bad Request (Max-Forwards)"));
      return;
    }
    if (hops == 0) {
      r.respond(SipResponse.of(483, "Too Many Hops"));
      return;
    }
    SipRequest relay = new SipRequest("MESSAGE", to, r.from(), r.to(), r.callId(), r.cseq(), null, null,
        passThrough(r), r.contentType(), r.body(), r.source(), hops - 1);
    delivery.deliver(to, relay).thenAccept(response -> r.respond(response.isSuccess()
        ? SipResponse.of(200, "OK") : SipResponse.of(response.status(), response.reason())));
  }

  private static org.bridgehead.gateway.sip.stack.SipHeaders passThrough(IncomingRequest r) {
    var h = org.bridgehead.gateway.sip.stack.SipHeaders.empty();
    for (String name : new String[] {"Subject", "Content-Language", "In-Reply-To", "Date"}) {
      var v = r.header(name);
      if (v.isPresent()) h = h.with(name, v.get());
    }
    return h;
  }
}
