package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class SymbolWarmUpTest {
  @Test
  void theWarmUpDocumentIsAnOrdinaryStreamToItsEnd() {
    XmppStreamParser parser = new XmppStreamParser(65536, Set.of(Namespaces.JABBER_SERVER));
    parser.feed(SymbolWarmUp.DOCUMENT.getBytes(StandardCharsets.UTF_8));
    List<Object> out = new ArrayList<>();
    Object o;
    while ((o = parser.next()) != null) out.add(o);
    assertThat(out.get(0)).isInstanceOf(StreamHeader.class);
    assertThat(out.subList(1, out.size() - 1)).allMatch(XmlElement.class::isInstance)
        .extracting(e -> ((XmlElement) e).name())
        .contains("features", "result", "verify", "message", "presence", "iq", "error");
    assertThat(out.get(out.size() - 1)).isEqualTo(StreamEnd.INSTANCE);
  }

  @Test
  void aFactoryIsTaughtOnlyByACompleteDocument() {
    SymbolWarmUp.teach(new InputFactoryImpl());
    assertThat(SymbolWarmUp.DOCUMENT).endsWith("</stream:stream>");
    assertThatThrownBy(() -> SymbolWarmUp.teach(new InputFactoryImpl(), "<stream:stream xmlns:stream='s'><a/>"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cut short");
  }
}
