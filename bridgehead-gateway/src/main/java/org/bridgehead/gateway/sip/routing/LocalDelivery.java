package org.bridgehead.gateway.sip.routing;

import java.util.concurrent.CompletableFuture;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * Sends an out-of-dialog request to a local user: to their registered devices (self-contained mode) or
 * to the SIP proxy in front (proxy mode). The future holds the final response — 404 for an unknown
 * user, 480 for one with no device — never an exception.
 */
public interface LocalDelivery {
  /**
   * @param request the request as addressed to the user's address of record; its Request-URI and hop
   *     are replaced per device
   */
  CompletableFuture<SipResponse> deliver(SipUri user, SipRequest request);
}
