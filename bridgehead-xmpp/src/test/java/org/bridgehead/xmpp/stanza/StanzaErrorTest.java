package org.bridgehead.xmpp.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgehead.xmpp.stanza.StanzaTest.stanza;

import java.util.Arrays;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;
import org.junit.jupiter.api.Test;

class StanzaErrorTest {
  @Test
  void allTwentyTwoRfc6120ConditionsWithDefaultTypes() {
    assertThat(StanzaErrorCondition.values()).hasSize(22);
    assertThat(Arrays.stream(StanzaErrorCondition.values()).map(StanzaErrorCondition::elementName)).doesNotHaveDuplicates();
    assertThat(StanzaErrorCondition.SERVICE_UNAVAILABLE.defaultType()).isEqualTo(StanzaErrorType.CANCEL);
    assertThat(StanzaErrorCondition.NOT_AUTHORIZED.defaultType()).isEqualTo(StanzaErrorType.AUTH);
    assertThat(StanzaErrorCondition.REMOTE_SERVER_TIMEOUT.defaultType()).isEqualTo(StanzaErrorType.WAIT);
    assertThat(StanzaErrorCondition.JID_MALFORMED.defaultType()).isEqualTo(StanzaErrorType.MODIFY);
    for (StanzaErrorCondition c : StanzaErrorCondition.values()) {
      assertThat(StanzaErrorCondition.fromElementName(c.elementName())).contains(c);
    }
  }

  @Test
  void serialisesAndParsesBack() {
    StanzaError error = new StanzaError(StanzaErrorType.WAIT, StanzaErrorCondition.REMOTE_SERVER_TIMEOUT, "slow", "a.example");

    assertThat(XmlWriter.toXml(error.toElement(), Namespaces.JABBER_SERVER)).isEqualTo("<error type='wait' by='a.example'>"
        + "<remote-server-timeout xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
        + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>slow</text></error>");
    assertThat(StanzaError.parse(error.toElement())).contains(error);
    assertThat(StanzaError.parse(StanzaError.of(StanzaErrorCondition.GONE).toElement(Namespaces.JABBER_CLIENT)))
        .contains(StanzaError.of(StanzaErrorCondition.GONE));
  }

  @Test
  void parseFallsBackForUnknownConditionAndType() {
    XmlElement e = stanza("error").attribute("type", "sometimes")
        .child(XmlElement.builder("new-thing", Namespaces.XMPP_STANZAS).build()).build();

    assertThat(StanzaError.parse(e)).contains(StanzaError.of(StanzaErrorCondition.UNDEFINED_CONDITION));
    assertThat(StanzaError.parse(XmlElement.builder("error", Namespaces.STREAMS).build())).isEmpty();
  }

  @Test
  void errorReplyToMessageSwapsAddressesKeepsPayloadAndAppendsError() throws Exception {
    Message original = (Message) Stanza.parse(stanza("message").attribute("from", "u@a.example/r")
        .attribute("to", "v@b.example").attribute("id", "m1").attribute("type", "chat")
        .attribute(XmlElement.XML_LANG, "en").child(stanza("body").text("hi").build()).build());

    Message reply = Stanzas.errorReply(original, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));

    assertThat(XmlWriter.toXml(reply.element(), Namespaces.JABBER_SERVER)).isEqualTo(
        "<message from='v@b.example' to='u@a.example/r' id='m1' type='error' xml:lang='en'><body>hi</body>"
            + "<error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>");
    assertThat((Object) reply.from()).isEqualTo(original.to());
    assertThat((Object) reply.to()).isEqualTo(original.from());
    assertThat(Stanzas.isError(reply)).isTrue();
    assertThat(Stanzas.error(reply)).contains(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE));
    assertThat(Stanza.parse(reply.element())).isEqualTo(reply);
  }

  @Test
  void errorReplyToIqDropsTheRequestPayloadAndUsesTheStanzaNamespace() throws Exception {
    Iq get = (Iq) Stanza.parse(XmlElement.builder("iq", Namespaces.JABBER_CLIENT).attribute("id", "q1")
        .attribute("type", "get").attribute("to", "b.example")
        .child(XmlElement.builder("query", "jabber:iq:version").build()).build());

    Iq reply = Stanzas.errorReply(get, StanzaError.of(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED));

    assertThat(reply.iqType()).isEqualTo(IqType.ERROR);
    assertThat(reply.from().toString()).isEqualTo("b.example");
    assertThat((Object) reply.to()).isNull();
    assertThat(reply.element().attribute("from")).isEqualTo("b.example");
    assertThat(reply.element().elements()).singleElement().satisfies(e -> assertThat(e.is("error", Namespaces.JABBER_CLIENT)).isTrue());
  }

  @Test
  void neverRepliesToAnErrorWithAnError() throws Exception {
    Stanza error = Stanza.parse(stanza("presence").attribute("type", "error").build());

    assertThat(Stanzas.isError(error)).isTrue();
    assertThatThrownBy(() -> Stanzas.errorReply(error, StanzaError.of(StanzaErrorCondition.BAD_REQUEST)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
