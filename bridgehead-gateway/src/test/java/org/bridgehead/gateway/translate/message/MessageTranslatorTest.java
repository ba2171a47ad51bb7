package org.bridgehead.gateway.translate.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.translate.TranslationRefusedException;
import org.bridgehead.gateway.translate.chatstate.ChatState;
import org.bridgehead.gateway.translate.chatstate.IsComposing;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class MessageTranslatorTest {
  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.test");
  private static final SipUri BOB = SipUri.parse("sip:bob@xmpp.test");
  private final MessageTranslator translator = new MessageTranslator(new AddressMapper(), 100);

  private static SipMessageRequest sip(String contentType, byte[] body) {
    return new SipMessageRequest(ALICE, BOB, "a84b4c76e66710@pc33.contoso.test", ContentType.parse(contentType), body,
        "Lunch?", "en-GB", null);
  }

  private static Message xmpp(String xml) throws Exception {
    return (Message) Stanza.parse(org.bridgehead.gateway.translate.SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static TranslationRefusedException refusal(Runnable r) {
    try {
      r.run();
    } catch (TranslationRefusedException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void sipMessageBecomesChatMessageWithEveryMappedPart() {
    SipMessageRequest r = new SipMessageRequest(ALICE, SipUri.parse("sip:bob@xmpp.test;gr=phone"), "c1@h",
        ContentType.parse("text/plain;charset=ISO-8859-1"), "Grüße".getBytes(Charset.forName("ISO-8859-1")),
        "Hello", "de, en", "c0@h");
    XmlElement m = translator.toXmpp(r).element();
    assertThat(m.attribute("from")).isEqualTo("alice@contoso.test");
    assertThat(m.attribute("to")).isEqualTo("bob@xmpp.test/phone");
    assertThat(m.attribute("type")).isEqualTo("chat");
    assertThat(m.attribute(XmlElement.XML_LANG)).isEqualTo("de");
    assertThat(m.child("body").orElseThrow().text()).isEqualTo("Grüße");
    assertThat(m.child("subject").orElseThrow().text()).isEqualTo("Hello");
    assertThat(m.child("thread").orElseThrow().text()).isEqualTo("c1@h");
    assertThat(m.child("thread").orElseThrow().attribute("parent")).isEqualTo("c0@h");
  }

  @Test
  void charsetDefaultsToUtf8AndOptionalPartsStayOut() {
    SipMessageRequest r = new SipMessageRequest(ALICE, BOB, null, ContentType.parse("text/plain"),
        "naïve ☃".getBytes(StandardCharsets.UTF_8), null, null, null);
    XmlElement m = translator.toXmpp(r).element();
    assertThat(m.child("body").orElseThrow().text()).isEqualTo("naïve ☃");
    assertThat(m.child("subject")).isEmpty();
    assertThat(m.child("thread")).isEmpty();
    assertThat(m.attribute(XmlElement.XML_LANG)).isNull();
  }

  @Test
  void tooLargeIs413AndPolicyViolation() {
    TranslationRefusedException e = refusal(() -> translator.toXmpp(sip("text/plain", new byte[101])));
    assertThat(e.sipStatus()).isEqualTo(413);
    assertThat(e.xmppCondition()).isEqualTo(StanzaErrorCondition.POLICY_VIOLATION);
    assertThat(translator.toXmpp(sip("text/plain", "x".repeat(100).getBytes(StandardCharsets.UTF_8)))).isNotNull();
  }

  @Test
  void otherContentTypesAre415WithAcceptAndNotAcceptable() {
    for (String type : new String[] {"text/html", "message/cpim", "application/pidf+xml"}) {
      TranslationRefusedException e = refusal(() -> translator.toXmpp(sip(type, "<b>x</b>".getBytes(StandardCharsets.UTF_8))));
      assertThat(e.sipStatus()).isEqualTo(415);
      assertThat(e.accept()).isEqualTo("text/plain, application/im-iscomposing+xml");
      assertThat(e.xmppCondition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE);
    }
    TranslationRefusedException charset = refusal(() -> translator.toXmpp(sip("text/plain;charset=klingon-8", new byte[] {65})));
    assertThat(charset.sipStatus()).isEqualTo(415);
    assertThat(charset.accept()).isEqualTo("text/plain;charset=UTF-8");
  }

  @Test
  void badBodiesAndHeadersAre400() {
    assertThat(refusal(() -> translator.toXmpp(sip("text/plain", new byte[] {(byte) 0xC3, 0x28}))).getMessage())
        .contains("not valid UTF-8");
    assertThat(refusal(() -> translator.toXmpp(sip("text/plain", " \n".getBytes(StandardCharsets.UTF_8)))).getMessage())
        .contains("empty message body");
    SipMessageRequest badLang = new SipMessageRequest(ALICE, BOB, null, ContentType.parse("text/plain"), new byte[] {65},
        null, "en_GB!", null);
    TranslationRefusedException e = refusal(() -> translator.toXmpp(badLang));
    assertThat(e.sipStatus()).isEqualTo(400);
    assertThat(e.getMessage()).contains("Content-Language");
  }

  @Test
  void unmappableAddressesAreRefusedPerSide() {
    SipMessageRequest toPhone = new SipMessageRequest(ALICE, SipUri.parse("sip:+1555@xmpp.test;user=phone"), null,
        ContentType.parse("text/plain"), new byte[] {65}, null, null, null);
    assertThat(refusal(() -> translator.toXmpp(toPhone)).sipStatus()).isEqualTo(404);
    SipMessageRequest fromHost = new SipMessageRequest(SipUri.parse("sip:contoso.test"), BOB, null,
        ContentType.parse("text/plain"), new byte[] {65}, null, null, null);
    assertThat(refusal(() -> translator.toXmpp(fromHost)).sipStatus()).isEqualTo(400);
  }

  @Test
  void isComposingBecomesAChatStateOnly() {
    byte[] doc = ("<isComposing xmlns='urn:ietf:params:xml:ns:im-iscomposing'><state>active</state>"
        + "<refresh>60</refresh></isComposing>").getBytes(StandardCharsets.UTF_8);
    MessageTranslator roomy = new MessageTranslator(new AddressMapper(), 1000); // the limit counts every body
    assertThat(refusal(() -> translator.toXmpp(sip(IsComposing.CONTENT_TYPE, doc))).sipStatus()).isEqualTo(413);
    XmlElement m = roomy.toXmpp(sip(IsComposing.CONTENT_TYPE, doc)).element();
    assertThat(ChatState.of(m)).contains(ChatState.COMPOSING);
    assertThat(m.child("body")).isEmpty();
    assertThat(refusal(() -> roomy.toXmpp(sip(IsComposing.CONTENT_TYPE, "<x/>".getBytes(StandardCharsets.UTF_8))))
        .sipStatus()).isEqualTo(400);
  }

  @Test
  void xmppChatBecomesSipMessage() throws Exception {
    Message m = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test/laptop' to='alice@contoso.test' type='chat'"
        + " xml:lang='fr'><subject>Sujet\r\nInjected: x</subject><body xml:lang='en'>hello</body><body>bonjour</body>"
        + "<thread parent='p-1'>t-42</thread><active xmlns='http://jabber.org/protocol/chatstates'/></message>");
    SipMessageRequest r = translator.toSip(m).orElseThrow();
    assertThat(r.from()).hasToString("sip:bob@xmpp.test;gr=laptop");
    assertThat(r.to()).hasToString("sip:alice@contoso.test");
    assertThat(r.contentType()).hasToString("text/plain;charset=UTF-8");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("bonjour");
    assertThat(r.contentLanguage()).isEqualTo("fr");
    assertThat(r.subject()).isEqualTo("Sujet Injected: x"); // the line break cannot reach the header
    assertThat(r.callId()).isEqualTo("t-42");
    assertThat(r.inReplyTo()).isEqualTo("p-1");
  }

  @Test
  void threadThatCannotBeACallIdLeavesItToTheStack() throws Exception {
    Message m = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='alice@contoso.test'>"
        + "<body xml:lang='en'>hi</body><thread>has spaces; and more</thread></message>");
    SipMessageRequest r = translator.toSip(m).orElseThrow();
    assertThat(r.callId()).isNull();
    assertThat(r.contentLanguage()).isEqualTo("en");
    assertThat(r.subject()).isNull();
  }

  @Test
  void chatStateWithoutBodyBecomesIsComposingAndNothingElseIsEmpty() throws Exception {
    Message composing = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='alice@contoso.test' type='chat'>"
        + "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
    SipMessageRequest r = translator.toSip(composing).orElseThrow();
    assertThat(r.contentType().is(IsComposing.CONTENT_TYPE)).isTrue();
    assertThat(IsComposing.parse(r.body()).active()).isTrue();
    Message receipt = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='alice@contoso.test'>"
        + "<received xmlns='urn:xmpp:receipts' id='x'/></message>");
    assertThat(translator.toSip(receipt)).isEmpty();
  }

  @Test
  void xmppRefusalsCarryTheConditionAndTheSipCode() throws Exception {
    Message big = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='alice@contoso.test'><body>"
        + "é".repeat(51) + "</body></message>");
    TranslationRefusedException e = refusal(() -> translator.toSip(big));
    assertThat(e.xmppCondition()).isEqualTo(StanzaErrorCondition.POLICY_VIOLATION);
    assertThat(e.sipStatus()).isEqualTo(403);
    assertThat(e.stanzaError().text()).contains("102 bytes exceeds 100");
    Message group = xmpp("<message xmlns='jabber:client' from='room@muc.xmpp.test/nick' to='alice@contoso.test' type='groupchat'><body>x</body></message>");
    assertThat(refusal(() -> translator.toSip(group)).xmppCondition()).isEqualTo(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED);
    Message toDomain = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='contoso.test'><body>x</body></message>");
    assertThat(refusal(() -> translator.toSip(toDomain)).xmppCondition()).isEqualTo(StanzaErrorCondition.ITEM_NOT_FOUND);
    Message badLang = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='alice@contoso.test' xml:lang='!!'><body>x</body></message>");
    assertThat(refusal(() -> translator.toSip(badLang)).xmppCondition()).isEqualTo(StanzaErrorCondition.BAD_REQUEST);
    Message error = xmpp("<message xmlns='jabber:client' from='bob@xmpp.test' to='alice@contoso.test' type='error'/>");
    assertThatThrownBy(() -> translator.toSip(error)).isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(TranslationRefusedException.class);
  }

  @Test
  void roundTripKeepsBodySubjectThreadAndLanguage() {
    SipMessageRequest original = new SipMessageRequest(ALICE, BOB, "call-7@pc", ContentType.TEXT_PLAIN_UTF8,
        "round trip ✓".getBytes(StandardCharsets.UTF_8), "S", "en", null);
    Message m = translator.toXmpp(original);
    assertThat(m.element().namespace()).isEqualTo(Namespaces.JABBER_SERVER);
    assertThat(translator.toSip(m)).contains(original);
    assertThatThrownBy(() -> new MessageTranslator(new AddressMapper(), 0)).hasMessageContaining("positive");
    assertThat(new MessageTranslator(new AddressMapper(), MessageTranslator.DEFAULT_MAX_BODY_BYTES).maxBodyBytes()).isEqualTo(65536);
    assertThat(original.toString()).doesNotContain("round trip").contains("14 bytes");
  }
}
