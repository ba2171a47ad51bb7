package org.bridgehead.gateway.translate;

import java.util.Objects;
import org.bridgehead.gateway.translate.error.ErrorMapper;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;

/**
 * A request or stanza the gateway will not translate, with the answer each side is given: the SIP final
 * response (and its Accept header for 415) and the XMPP condition. Both are always set, so whichever side
 * sent it is told; never silence.
 */
public final class TranslationRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int sipStatus;
  private final StanzaErrorCondition xmppCondition;
  private final String accept;

  public TranslationRefusedException(int sipStatus, StanzaErrorCondition xmppCondition, String accept, String reason) {
    super(Objects.requireNonNull(reason, "reason"));
    if (sipStatus < 400 || sipStatus > 699) throw new IllegalArgumentException("not a SIP failure code: " + sipStatus);
    this.sipStatus = sipStatus;
    this.xmppCondition = Objects.requireNonNull(xmppCondition, "xmppCondition");
    this.accept = accept;
  }

  /** A refusal of a SIP request: the XMPP condition follows from the code by RFC 7247 §7.2. */
  public static TranslationRefusedException sip(int sipStatus, String reason) {
    return new TranslationRefusedException(sipStatus, ErrorMapper.xmppCondition(sipStatus), null, reason);
  }

  /** A refusal of an XMPP stanza: the SIP code follows from the condition by RFC 7247 §7.1. */
  public static TranslationRefusedException xmpp(StanzaErrorCondition condition, String reason) {
    return new TranslationRefusedException(ErrorMapper.sipStatus(condition), condition, null, reason);
  }

  public int sipStatus() { return sipStatus; }

  public StanzaErrorCondition xmppCondition() { return xmppCondition; }

  /** The Accept header value for a 415 response, or null. */
  public String accept() { return accept; }

  /** The stanza error to bounce to an XMPP sender, with the reason as text. */
  public StanzaError stanzaError() { return StanzaError.of(xmppCondition, getMessage()); }
}
