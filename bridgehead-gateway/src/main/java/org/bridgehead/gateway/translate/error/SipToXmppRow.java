package org.bridgehead.gateway.translate.error;

import java.util.Objects;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/**
 * One row of RFC 7247 §7.2 (SIP response code → XMPP error condition).
 *
 * @param codes the row's key as the RFC writes it: one code ("404") or a class ("3xx")
 */
public record SipToXmppRow(String codes, StanzaErrorCondition condition) {
  public SipToXmppRow {
    Objects.requireNonNull(condition, "condition");
    if (codes == null || !codes.matches("[3-6](xx|[0-9]{2})")) throw new IllegalArgumentException("bad row key: " + codes);
  }

  /** True if the row is a whole class such as "3xx". */
  public boolean isClass() { return codes.endsWith("xx"); }

  /** True if {@code status} is this row's code or falls in its class. */
  public boolean matches(int status) {
    return isClass() ? status / 100 == codes.charAt(0) - '0' : Integer.toString(status).equals(codes);
  }
}
