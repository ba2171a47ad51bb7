package org.bridgehead.gateway.im;

import java.util.concurrent.CompletionException;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.translate.TranslationRefusedException;
import org.bridgehead.gateway.translate.error.ErrorMapper;
import org.bridgehead.gateway.translate.message.ContentType;
import org.bridgehead.gateway.translate.message.MessageTranslator;
import org.bridgehead.gateway.translate.message.SipMessageRequest;
import org.bridgehead.gateway.trust.Decision;
import org.bridgehead.gateway.trust.TrustRules;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local user's MESSAGE to an XMPP user: policy, translation (RFC 7572), then the edge. The final SIP
 * response waits for the outcome: 200 once the edge has handed the stanza to the partner's stream,
 * otherwise the edge's failure mapped per RFC 7247 §7.1 (unreachable domain 404, timeout 408/504, ...).
 */
public final class SipToXmpp {
  private static final Logger log = LoggerFactory.getLogger(SipToXmpp.class);

  private final UserAccess access;
  private final MessageTranslator translator;
  private final StanzaSender xmpp;
  private final TranslationTimer timer;

  public SipToXmpp(UserAccess access, MessageTranslator translator, StanzaSender xmpp, TranslationTimer timer) {
    this.access = access;
    this.translator = translator;
    this.xmpp = xmpp;
    this.timer = timer;
  }

  public void message(IncomingRequest r, SipUri sender) {
    Decision decision = TrustRules.outboundMessage(access.xmppAccess(sender));
    if (!decision.allowed()) {
      var why = decision.refusal().orElseThrow();
      r.respond(why.sipStatus(), "Forbidden (" + why.reason() + ")");
      return;
    }
    Message stanza;
    try {
      stanza = translator.toXmpp(request(r, sender));
    } catch (TranslationRefusedException e) {
      SipResponse refusal = SipResponse.of(e.sipStatus(), reason(e.sipStatus()) + " (" + e.getMessage() + ")");
      r.respond(e.accept() == null ? refusal : refusal.withHeader("Accept", e.accept()));
      return;
    } catch (IllegalArgumentException e) {
      r.respond(400, "Bad Request (" + e.getMessage() + ")");
      return;
    }
    var outcome = xmpp.send(stanza);
    timer.since(TranslationTimer.TranslationPath.SIP_TO_XMPP, r.receivedNanos());
    outcome.whenComplete((ok, failure) -> {
      if (failure == null) {
        r.respond(200, "OK");
        return;
      }
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      StanzaErrorCondition condition = cause instanceof DeliveryException d ? d.condition()
          : StanzaErrorCondition.INTERNAL_SERVER_ERROR;
      int status = ErrorMapper.sipStatus(condition);
      log.debug("MESSAGE {} -> {} not delivered: {}", sender, r.requestUri(), cause.getMessage());
      r.respond(status, reason(status) + " (" + condition.elementName() + ": " + cause.getMessage() + ")");
    });
  }

  static SipMessageRequest request(IncomingRequest r, SipUri sender) {
    ContentType type = ContentType.parse(r.contentType() == null ? "text/plain" : r.contentType());
    return new SipMessageRequest(sender, r.to().uri().addressOfRecord(), r.callId(), type, r.body(),
        r.header("Subject").orElse(null), r.header("Content-Language").orElse(null),
        r.header("In-Reply-To").orElse(null));
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 408 -> "Request Timeout";
      case 410 -> "Gone";
      case 413 -> "Request Entity Too Large";
      case 415 -> "Unsupported Media Type";
      case 480 -> "Temporarily Unavailable";
      case 488 -> "Not Acceptable Here";
      case 500 -> "Server Internal Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Server Time-out";
      default -> status < 500 ? "Request Failed" : "Server Error";
    };
  }
}
