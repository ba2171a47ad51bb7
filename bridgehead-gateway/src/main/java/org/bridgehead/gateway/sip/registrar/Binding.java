package org.bridgehead.gateway.sip.registrar;

import java.time.Instant;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Hop;

/**
 * One registered contact of an address of record (RFC 3261 §10).
 *
 * @param source where the REGISTER came from: requests to this contact go there (clients behind NAT)
 * @param instance the {@code +sip.instance} of the device, or null
 */
public record Binding(SipUri aor, SipUri contact, Hop source, Instant expires, float q, String instance,
    String callId, long cseq) {
  public boolean expiredAt(Instant now) { return !expires.isAfter(now); }
}
