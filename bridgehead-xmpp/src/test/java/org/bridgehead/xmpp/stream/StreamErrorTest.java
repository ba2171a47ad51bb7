package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class StreamErrorTest {
  @Test
  void allTwentyFiveRfc6120ConditionsHaveDistinctElementNames() {
    assertThat(StreamErrorCondition.values()).hasSize(25);
    assertThat(Arrays.stream(StreamErrorCondition.values()).map(StreamErrorCondition::elementName))
        .doesNotHaveDuplicates()
        .allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"))
        .contains("bad-format", "restricted-xml", "see-other-host", "unsupported-stanza-type");
    for (StreamErrorCondition c : StreamErrorCondition.values()) {
      assertThat(StreamErrorCondition.fromElementName(c.elementName())).contains(c);
    }
  }

  @Test
  void serialisesWithStreamPrefixThroughTheEncoder() {
    StreamError error = new StreamError(StreamErrorCondition.HOST_UNKNOWN, "no such <host>");

    assertThat(new XmppStreamEncoder().toXml(error.toElement())).isEqualTo("<stream:error>"
        + "<host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
        + "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>no such &lt;host&gt;</text></stream:error>");
    assertThat(StreamError.of(StreamErrorCondition.CONFLICT).toElement().elements()).hasSize(1);
  }

  @Test
  void parseRoundTripsAndToleratesUnknownAndApplicationConditions() {
    StreamError error = new StreamError(StreamErrorCondition.POLICY_VIOLATION, "too big");
    assertThat(StreamError.parse(error.toElement())).contains(error);

    XmlElement odd = XmlElement.builder("error", Namespaces.STREAMS)
        .child(XmlElement.builder("brand-new-condition", Namespaces.XMPP_STREAMS).build())
        .child(XmlElement.builder("app-specific", "urn:example:app").build())
        .build();
    assertThat(StreamError.parse(odd)).contains(StreamError.of(StreamErrorCondition.UNDEFINED_CONDITION));
    assertThat(StreamError.parse(XmlElement.builder("error", Namespaces.JABBER_SERVER).build())).isEmpty();
  }

  @Test
  void exceptionCarriesTheError() {
    StreamErrorException e = StreamErrorException.of(StreamErrorCondition.RESET, "bye");

    assertThat(e.error()).isEqualTo(new StreamError(StreamErrorCondition.RESET, "bye"));
    assertThat(e).hasMessage("reset: bye");
  }
}
