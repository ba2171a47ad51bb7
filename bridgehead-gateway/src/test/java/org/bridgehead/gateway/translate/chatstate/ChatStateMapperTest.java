package org.bridgehead.gateway.translate.chatstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatStateMapperTest {
  private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  @ParameterizedTest(name = "<{0}/> -> state {1}")
  @CsvSource({"ACTIVE, idle", "COMPOSING, active", "PAUSED, idle", "INACTIVE, idle", "GONE, idle"})
  void chatStateToIsComposing(ChatState state, String rfc3994State) {
    IsComposing c = ChatStateMapper.toIsComposing(state);
    assertThat(c.active()).isEqualTo(rfc3994State.equals("active"));
    assertThat(c.contentType()).isEqualTo("text/plain");
    assertThat(c.refresh()).isEqualTo(c.active() ? OptionalInt.of(60) : OptionalInt.empty());
    String xml = new String(c.toXml(), StandardCharsets.UTF_8);
    assertThat(xml).contains("xmlns='urn:ietf:params:xml:ns:im-iscomposing'", "<state>" + rfc3994State + "</state>");
    assertThat(IsComposing.parse(c.toXml())).isEqualTo(c);
  }

  @ParameterizedTest(name = "state {0} -> <{1}/>")
  @CsvSource({"active, COMPOSING", "idle, PAUSED"})
  void isComposingToChatState(String rfc3994State, ChatState state) {
    String doc = "<?xml version='1.0' encoding='UTF-8'?><isComposing xmlns='urn:ietf:params:xml:ns:im-iscomposing'>"
        + "<state>" + rfc3994State + "</state><lastactive>2026-01-01T00:00:00Z</lastactive></isComposing>";
    assertThat(ChatStateMapper.toChatState(IsComposing.parse(utf8(doc)))).isEqualTo(state);
  }

  @Test
  void readsChatStateElementsFromMessages() {
    for (ChatState s : ChatState.values()) {
      XmlElement m = XmlElement.builder("message", "jabber:client").child(s.toElement()).build();
      assertThat(ChatState.of(m)).contains(s);
      assertThat(s.toElement().namespace()).isEqualTo("http://jabber.org/protocol/chatstates");
    }
    assertThat(ChatState.of(XmlElement.builder("message", "jabber:client").build())).isEmpty();
    XmlElement odd = XmlElement.builder("message", "jabber:client")
        .child(XmlElement.builder("typing", ChatState.NAMESPACE).build()).build();
    assertThatThrownBy(() -> ChatState.of(odd)).hasMessageContaining("unknown chat state <typing/>");
  }

  @Test
  void badIsComposingBodiesAreRefused() {
    String ns = "xmlns='urn:ietf:params:xml:ns:im-iscomposing'";
    assertThatThrownBy(() -> IsComposing.parse(utf8("<isComposing " + ns + "/>"))).hasMessageContaining("without <state/>");
    assertThatThrownBy(() -> IsComposing.parse(utf8("<isComposing " + ns + "><state>typing</state></isComposing>")))
        .hasMessageContaining("active or idle");
    assertThatThrownBy(() -> IsComposing.parse(utf8("<isComposing " + ns + "><state>active</state><refresh>soon</refresh></isComposing>")))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> IsComposing.parse(utf8("<isComposing><state>idle</state></isComposing>")))
        .hasMessageContaining("not an isComposing document");
    assertThatThrownBy(() -> new IsComposing(false, null, OptionalInt.of(60))).hasMessageContaining("only goes with the active");
    assertThatThrownBy(() -> new IsComposing(true, null, OptionalInt.of(0))).hasMessageContaining("positive");
  }
}
