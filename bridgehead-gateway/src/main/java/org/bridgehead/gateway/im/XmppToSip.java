package org.bridgehead.gateway.im;

import java.util.Optional;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.contacts.ContactStore;
import org.bridgehead.gateway.sip.routing.LocalDelivery;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.translate.TranslationRefusedException;
import org.bridgehead.gateway.translate.error.ErrorMapper;
import org.bridgehead.gateway.translate.message.MessageTranslator;
import org.bridgehead.gateway.translate.message.SipMessageRequest;
import org.bridgehead.gateway.trust.Decision;
import org.bridgehead.gateway.trust.TrustRules;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An XMPP user's message to a local user: trust rules (partner type, the user's XMPP access, whether
 * the user added the sender), translation (RFC 7572), delivery to the user's devices. A message that
 * is not delivered comes back to its sender as an error (RFC 7247 §7.2) — never silence.
 */
public final class XmppToSip {
  private static final Logger log = LoggerFactory.getLogger(XmppToSip.class);

  private final UserAccess access;
  private final ContactStore contacts;
  private final MessageTranslator translator;
  private final LocalDelivery delivery;
  private final StanzaSender replies;
  private final Hop placeholder;
  private final TranslationTimer timer;

  /** @param placeholder any hop; delivery replaces it per device */
  public XmppToSip(UserAccess access, ContactStore contacts, MessageTranslator translator, LocalDelivery delivery,
      StanzaSender replies, Hop placeholder, TranslationTimer timer) {
    this.access = access;
    this.contacts = contacts;
    this.translator = translator;
    this.delivery = delivery;
    this.replies = replies;
    this.placeholder = placeholder;
    this.timer = timer;
  }

  /** @param takenNanos when the gateway took the stanza from the edge ({@link System#nanoTime()}) */
  public void message(InboundStanza inbound, long takenNanos) {
    Message m = (Message) inbound.stanza();
    if (Stanzas.isError(m)) {
      // the partner bounced something we sent after the SIP side already had its answer
      log.info("XMPP error message from {} to {}: {}", m.from(), m.to(), Stanzas.error(m).map(StanzaError::condition).orElse(null));
      return;
    }
    Optional<SipMessageRequest> translated;
    try {
      translated = translator.toSip(m);
    } catch (TranslationRefusedException e) {
      bounce(m, e.stanzaError());
      return;
    }
    if (translated.isEmpty()) return; // nothing a SIP device can show (receipts, markers)
    SipMessageRequest sip = translated.get();
    SipUri user = sip.to().addressOfRecord();
    boolean body = sip.contentType().is("text/plain");
    if (!access.isUser(user)) {
      if (body) bounce(m, StanzaError.of(StanzaErrorCondition.ITEM_NOT_FOUND, "no such user"));
      return;
    }
    Decision decision = TrustRules.inboundMessage(inbound.partnerType(), access.xmppAccess(user),
        () -> contacts.get(user, m.from().asBareJid()).localAdded());
    if (!decision.allowed()) {
      var why = decision.refusal().orElseThrow();
      log.debug("message {} -> {} refused: {}", m.from(), user, why);
      if (body) bounce(m, StanzaError.of(why.xmppCondition(), why.reason()));
      return;
    }
    var outcome = delivery.deliver(user, request(sip));
    timer.since(TranslationTimer.TranslationPath.XMPP_TO_SIP, takenNanos);
    outcome.thenAccept(response -> {
      log.debug("message {} -> {}: SIP {}", m.from(), user, response);
      if (!response.isSuccess() && body) bounce(m, ErrorMapper.xmppError(response.status(), response.reason()));
    });
  }

  private SipRequest request(SipMessageRequest sip) {
    SipRequest r = new SipRequest("MESSAGE", sip.to(), new NameAddr(null, sip.from(), Ids.tag()),
        NameAddr.of(sip.to()), sip.callId() != null ? sip.callId() : Ids.callId(), 1, null, null, null,
        sip.contentType().toString(), sip.body(), placeholder);
    if (sip.subject() != null) r = r.withHeader("Subject", sip.subject());
    if (sip.contentLanguage() != null) r = r.withHeader("Content-Language", sip.contentLanguage());
    if (sip.inReplyTo() != null) r = r.withHeader("In-Reply-To", sip.inReplyTo());
    return r;
  }

  private void bounce(Message m, StanzaError error) {
    replies.send(Stanzas.errorReply(m, error)).whenComplete((ok, e) -> {
      if (e != null) log.debug("error reply to {} not delivered: {}", m.from(), e.toString());
    });
  }
}
