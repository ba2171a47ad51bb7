package org.bridgehead.xmpp.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class StanzaTest {
  static XmlElement.Builder stanza(String name) {
    return XmlElement.builder(name, Namespaces.JABBER_SERVER);
  }

  @Test
  void parsesTheThreeKindsWithTypedAddresses() throws Exception {
    Stanza m = Stanza.parse(stanza("message").attribute("from", "A@X.example/r").attribute("to", "b@y.example")
        .attribute("id", "1").attribute("type", "chat")
        .child(stanza("body").text("hello").build()).build());

    assertThat(m).isInstanceOf(Message.class);
    assertThat(m.from().toString()).isEqualTo("a@x.example/r");
    assertThat(m.to().toString()).isEqualTo("b@y.example");
    assertThat(m.id()).isEqualTo("1");
    assertThat(m.type()).isEqualTo("chat");
    assertThat(((Message) m).body()).contains("hello");

    Stanza p = Stanza.parse(XmlElement.builder("presence", Namespaces.JABBER_CLIENT).build());
    assertThat(p).isInstanceOf(Presence.class);
    assertThat((Object) p.from()).isNull();
    assertThat((Object) p.to()).isNull();
    assertThat(p.type()).isNull();

    Stanza iq = Stanza.parse(stanza("iq").attribute("id", "q").attribute("type", "get").build());
    assertThat(iq).isInstanceOf(Iq.class);
    assertThat(((Iq) iq).iqType()).isEqualTo(IqType.GET);
    assertThat(((Iq) iq).isRequest()).isTrue();
  }

  @Test
  void reportsWhichAddressIsMalformed() {
    assertThatThrownBy(() -> Stanza.parse(stanza("message").attribute("from", "@bad").attribute("to", "ok.example").build()))
        .isInstanceOfSatisfying(StanzaParseException.class, e -> assertThat(e.attribute()).isEqualTo("from"));
    assertThatThrownBy(() -> Stanza.parse(stanza("presence").attribute("from", "ok.example").attribute("to", "a@").build()))
        .isInstanceOfSatisfying(StanzaParseException.class, e -> assertThat(e.attribute()).isEqualTo("to"));
  }

  @Test
  void refusesNonStanzasAndIncompleteIqs() {
    assertThatThrownBy(() -> Stanza.parse(XmlElement.builder("result", Namespaces.DIALBACK).build()))
        .isInstanceOfSatisfying(StanzaParseException.class, e -> assertThat(e.attribute()).isNull());
    assertThatThrownBy(() -> Stanza.parse(stanza("features").build())).isInstanceOf(StanzaParseException.class);
    assertThatThrownBy(() -> Stanza.parse(stanza("iq").attribute("type", "get").build())).isInstanceOf(StanzaParseException.class);
    assertThatThrownBy(() -> Stanza.parse(stanza("iq").attribute("id", "1").attribute("type", "fetch").build()))
        .isInstanceOf(StanzaParseException.class);
  }

  @Test
  void equalityFollowsTheElement() throws Exception {
    XmlElement e = stanza("presence").attribute("to", "a.example").build();

    assertThat(Stanza.parse(e)).isEqualTo(Stanza.parse(e)).hasSameHashCodeAs(Stanza.parse(e));
    assertThat(Stanza.parse(e).toString()).isEqualTo("<presence xmlns='jabber:server' to='a.example'/>");
  }
}
