package org.bridgehead.gateway.translate.error;

import java.util.Objects;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/**
 * One row of RFC 7247 §7.1 (XMPP error condition → SIP response code).
 *
 * @param status the code the gateway sends
 * @param alternative the second code the RFC allows for the row ("405 or 501"), or 0 when there is none
 * @param when when the RFC's alternative applies, or "" when there is none
 */
public record XmppToSipRow(StanzaErrorCondition condition, int status, int alternative, String when) {
  public XmppToSipRow {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(when, "when");
    if (status < 300 || status > 699) throw new IllegalArgumentException("not a SIP error code: " + status);
    if (alternative != 0 && (alternative < 300 || alternative > 699)) {
      throw new IllegalArgumentException("not a SIP error code: " + alternative);
    }
  }

  static XmppToSipRow of(StanzaErrorCondition condition, int status) {
    return new XmppToSipRow(condition, status, 0, "");
  }
}
