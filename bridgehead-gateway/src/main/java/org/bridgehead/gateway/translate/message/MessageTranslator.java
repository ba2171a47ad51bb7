package org.bridgehead.gateway.translate.message;

import static org.bridgehead.xmpp.stanza.StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED;
import static org.bridgehead.xmpp.stanza.StanzaErrorCondition.ITEM_NOT_FOUND;
import static org.bridgehead.xmpp.stanza.StanzaErrorCondition.JID_MALFORMED;
import static org.bridgehead.xmpp.stanza.StanzaErrorCondition.NOT_ACCEPTABLE;
import static org.bridgehead.xmpp.stanza.StanzaErrorCondition.POLICY_VIOLATION;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.address.AddressMappingException;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.translate.TranslationRefusedException;
import org.bridgehead.gateway.translate.chatstate.ChatState;
import org.bridgehead.gateway.translate.chatstate.ChatStateMapper;
import org.bridgehead.gateway.translate.chatstate.IsComposing;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.StanzaParseException;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.EntityJid;
import org.jxmpp.jid.Jid;

/**
 * One-to-one messages (RFC 7572, RFC 3428): SIP MESSAGE ↔ XMPP {@code <message type='chat'/>}. Body ↔
 * body (text/plain, the declared charset honoured), Subject ↔ subject, Call-ID ↔ thread, In-Reply-To ↔
 * the thread's parent (XEP-0201), Content-Language ↔ xml:lang, and RFC 3994 is-composing ↔ XEP-0085
 * chat states. What cannot be translated throws {@link TranslationRefusedException} with the answer for
 * both sides: too large is 413 / policy-violation, another content type 415 (with Accept) / not-acceptable.
 */
public final class MessageTranslator {
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  /** The Accept header of a 415: what the gateway translates. */
  public static final String ACCEPT = "text/plain, " + IsComposing.CONTENT_TYPE;

  private final AddressMapper addresses;
  private final int maxBodyBytes;

  public MessageTranslator(AddressMapper addresses, int maxBodyBytes) {
    this.addresses = Objects.requireNonNull(addresses, "addresses");
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    this.maxBodyBytes = maxBodyBytes;
  }

  public int maxBodyBytes() { return maxBodyBytes; }

  /** SIP MESSAGE → XMPP chat message (a body, or for is-composing a chat state alone). */
  public Message toXmpp(SipMessageRequest request) {
    if (request.bodyLength() > maxBodyBytes) {
      throw TranslationRefusedException.sip(413, "message body of " + request.bodyLength() + " bytes exceeds " + maxBodyBytes);
    }
    ContentType type = request.contentType();
    boolean composing = type.is(IsComposing.CONTENT_TYPE);
    if (!composing && !type.is("text/plain")) {
      throw new TranslationRefusedException(415, NOT_ACCEPTABLE, ACCEPT, "content type " + type.mediaType() + " is not translated");
    }
    EntityJid from = jid(request.from(), 400, "sender");
    EntityJid to = jid(request.to(), 404, "recipient");
    XmlElement.Builder m = XmlElement.builder(Message.ELEMENT, Namespaces.JABBER_SERVER)
        .attribute("from", from.toString()).attribute("to", to.toString()).attribute("type", "chat")
        .attribute(XmlElement.XML_LANG, Headers.language(request.contentLanguage()));
    if (request.subject() != null && !request.subject().isBlank()) m.child(text("subject", request.subject()));
    if (composing) {
      m.child(ChatStateMapper.toChatState(isComposing(request)).toElement());
    } else {
      m.child(text("body", Headers.decode(request.body(), type)));
    }
    if (request.callId() != null) {
      XmlElement.Builder thread = XmlElement.builder("thread", Namespaces.JABBER_SERVER).text(request.callId());
      if (request.inReplyTo() != null) thread.attribute("parent", request.inReplyTo().split(",")[0].strip());
      m.child(thread.build());
    }
    try {
      return (Message) Stanza.parse(m.build());
    } catch (StanzaParseException e) {
      throw TranslationRefusedException.sip(400, "cannot form an XMPP message: " + e.getMessage());
    }
  }

  /**
   * XMPP message → SIP MESSAGE request: the body as text/plain;charset=UTF-8, or with no body an
   * is-composing indication for a chat state. Empty when there is neither (receipts and the like carry
   * nothing a SIP user agent can show). Error messages are not translated here: answer them with
   * {@code ErrorMapper}; giving one is an {@link IllegalArgumentException}.
   */
  public Optional<SipMessageRequest> toSip(Message message) {
    String type = message.type();
    if ("error".equals(type)) throw new IllegalArgumentException("an error message is mapped with ErrorMapper, not translated");
    if (type != null && !type.equals("chat") && !type.equals("normal")) {
      throw TranslationRefusedException.xmpp(FEATURE_NOT_IMPLEMENTED, "only one-to-one messages are translated, not type '" + type + "'");
    }
    SipUri from = sip(message.from(), JID_MALFORMED, "sender");
    SipUri to = sip(message.to(), ITEM_NOT_FOUND, "recipient");
    XmlElement e = message.element();
    Optional<XmlElement> body = Headers.body(e);
    Optional<ChatState> state;
    try {
      state = ChatState.of(e);
    } catch (IllegalArgumentException x) {
      throw TranslationRefusedException.xmpp(StanzaErrorCondition.BAD_REQUEST, x.getMessage());
    }
    if (body.isEmpty() && state.isEmpty()) return Optional.empty();
    ContentType contentType;
    byte[] bytes;
    if (body.isPresent()) {
      contentType = ContentType.TEXT_PLAIN_UTF8;
      bytes = body.get().text().getBytes(StandardCharsets.UTF_8);
      if (bytes.length > maxBodyBytes) {
        throw TranslationRefusedException.xmpp(POLICY_VIOLATION, "message body of " + bytes.length + " bytes exceeds " + maxBodyBytes);
      }
    } else {
      contentType = ContentType.parse(IsComposing.CONTENT_TYPE);
      bytes = ChatStateMapper.toIsComposing(state.get()).toXml();
    }
    String lang = body.map(b -> b.attribute(XmlElement.XML_LANG)).orElse(e.attribute(XmlElement.XML_LANG));
    Optional<XmlElement> thread = e.child("thread");
    String callId = thread.map(t -> Headers.callId(t.text())).orElse(null);
    String inReplyTo = thread.map(t -> Headers.callId(t.attribute("parent"))).orElse(null);
    String subject = e.child("subject").map(s -> Headers.singleLine(s.text())).orElse(null);
    return Optional.of(new SipMessageRequest(from, to, callId, contentType, bytes, subject, Headers.languageOrNull(lang), inReplyTo));
  }

  private EntityJid jid(SipUri uri, int status, String who) {
    try {
      return addresses.toJid(uri);
    } catch (AddressMappingException e) {
      throw TranslationRefusedException.sip(status, "the " + who + " has no XMPP address: " + e.getMessage());
    }
  }

  private SipUri sip(Jid jid, StanzaErrorCondition condition, String who) {
    if (jid == null || !jid.isEntityJid()) {
      throw TranslationRefusedException.xmpp(condition, "the " + who + " is not a user: " + jid);
    }
    try {
      return jid instanceof EntityFullJid full ? addresses.toSip(full) : addresses.toSip(jid.asEntityBareJidIfPossible());
    } catch (AddressMappingException e) {
      throw TranslationRefusedException.xmpp(condition, "the " + who + " has no SIP address: " + e.getMessage());
    }
  }

  private static IsComposing isComposing(SipMessageRequest request) {
    try {
      return IsComposing.parse(request.body());
    } catch (IllegalArgumentException e) {
      throw TranslationRefusedException.sip(400, "bad is-composing body: " + e.getMessage());
    }
  }

  private static XmlElement text(String name, String value) {
    return XmlElement.builder(name, Namespaces.JABBER_SERVER).text(value).build();
  }
}
