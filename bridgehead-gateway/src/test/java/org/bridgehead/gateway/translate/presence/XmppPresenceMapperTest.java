package org.bridgehead.gateway.translate.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.xml.XmlElement;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XmppPresenceMapperTest {
  private static final Jid FROM = JidCreate.fromOrThrowUnchecked("alice@contoso.test/pc");
  private static final Jid TO = JidCreate.fromOrThrowUnchecked("bob@xmpp.test");

  @ParameterizedTest
  @EnumSource(Show.class)
  void availableWithEachShowRoundTrips(Show show) {
    PresenceState s = PresenceState.fromXmpp(true, show, "note " + show);
    Presence p = XmppPresenceMapper.toXmpp(s, FROM, TO);
    assertThat(p.type()).isNull();
    assertThat(p.element().child("show").map(XmlElement::text).orElse(null)).isEqualTo(show.xmppValue());
    assertThat(p.element().child("status").orElseThrow().text()).isEqualTo("note " + show);
    assertThat(XmppPresenceMapper.fromXmpp(p)).isEqualTo(s);
  }

  @Test
  void unavailableHasTypeAndNoShow() {
    Presence p = XmppPresenceMapper.toXmpp(PresenceState.fromXmpp(false, Show.NONE, "bye"), FROM, TO);
    assertThat(p.type()).isEqualTo("unavailable");
    assertThat(p.element().child("show")).isEmpty();
    PresenceState back = XmppPresenceMapper.fromXmpp(p);
    assertThat(back.available()).isFalse();
    assertThat(back.note()).isEqualTo("bye");
  }

  @Test
  void withoutNoteSendsNoStatus() {
    PresenceState s = PresenceState.fromXmpp(true, Show.AWAY, "secret").withoutNote();
    assertThat(XmppPresenceMapper.toXmpp(s, FROM, TO).element().child("status")).isEmpty();
  }

  @Test
  void nonAvailabilityPresencesAreRefused() throws Exception {
    for (String type : new String[] {"subscribe", "probe", "error"}) {
      Presence p = (Presence) Stanza.parse(XmlElement.builder("presence", Namespaces.JABBER_CLIENT).attribute("type", type).build());
      assertThatThrownBy(() -> XmppPresenceMapper.fromXmpp(p)).hasMessageContaining("not an availability presence");
    }
    Presence bad = (Presence) Stanza.parse(XmlElement.builder("presence", Namespaces.JABBER_CLIENT)
        .child(XmlElement.builder("show", Namespaces.JABBER_CLIENT).text("sleepy").build()).build());
    assertThatThrownBy(() -> XmppPresenceMapper.fromXmpp(bad)).hasMessageContaining("unknown <show/>");
  }
}
