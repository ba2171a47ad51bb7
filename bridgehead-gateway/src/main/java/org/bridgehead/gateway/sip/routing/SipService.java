package org.bridgehead.gateway.sip.routing;

import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.IncomingRequest;

/** Handles requests the front door has authenticated; {@code sender} is who sent it (address of record). */
@FunctionalInterface
public interface SipService {
  void handle(IncomingRequest request, SipUri sender);
}
