package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgehead.xmpp.Namespaces;
import org.junit.jupiter.api.Test;

class StreamHeaderTest {
  @Test
  void serverHeaderDeclaresStreamAndDialback() {
    StreamHeader h = StreamHeader.server("a.example", "b.example", "abc");

    assertThat(h.toXml()).isEqualTo("<?xml version='1.0'?><stream:stream xmlns='jabber:server'"
        + " xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='jabber:server:dialback'"
        + " from='a.example' to='b.example' id='abc' version='1.0'>");
    assertThat(h.declaresDialback()).isTrue();
  }

  @Test
  void absentAttributesAreOmittedAndStreamPrefixAlwaysBound() {
    StreamHeader h = new StreamHeader(null, "b.example", null, null, "en", Namespaces.JABBER_CLIENT, Map.of());

    assertThat(h.toXml()).isEqualTo("<?xml version='1.0'?><stream:stream xmlns='jabber:client'"
        + " xmlns:stream='http://etherx.jabber.org/streams' to='b.example' xml:lang='en'>");
    assertThat(h.declaresDialback()).isFalse();
  }

  @Test
  void attributeValuesAreEscapedAndExtraPrefixesKeptInOrder() {
    Map<String, String> ns = new LinkedHashMap<>();
    ns.put("stream", Namespaces.STREAMS);
    ns.put("z", "urn:z");
    ns.put("a", "urn:a");
    StreamHeader h = new StreamHeader("a'b", null, null, null, null, Namespaces.JABBER_SERVER, ns);

    assertThat(h.toXml()).endsWith("xmlns:stream='http://etherx.jabber.org/streams' xmlns:z='urn:z'"
        + " xmlns:a='urn:a' from='a&apos;b'>");
  }

  @Test
  void prefixesByUriAlwaysMapTheStreamsNamespace() {
    StreamHeader h = new StreamHeader(null, null, null, null, null, Namespaces.JABBER_SERVER, Map.of("db", Namespaces.DIALBACK));

    assertThat(h.prefixesByUri()).containsEntry(Namespaces.STREAMS, "stream").containsEntry(Namespaces.DIALBACK, "db");
    assertThat(h.withId("x").id()).isEqualTo("x");
  }
}
