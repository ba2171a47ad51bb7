package org.bridgehead.xmpp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlWriterTest {
  private static final String SERVER = "jabber:server";

  @Test
  void childInParentDefaultNamespaceOmitsXmlns() {
    XmlElement message = XmlElement.builder("message", SERVER)
        .child(XmlElement.builder("body", SERVER).text("hi").build())
        .child(XmlElement.builder("x", "urn:x").child(XmlElement.builder("y", "urn:x").build()).build())
        .build();

    assertThat(XmlWriter.toXml(message, SERVER))
        .isEqualTo("<message><body>hi</body><x xmlns='urn:x'><y/></x></message>");
    assertThat(XmlWriter.toXml(message))
        .isEqualTo("<message xmlns='jabber:server'><body>hi</body><x xmlns='urn:x'><y/></x></message>");
  }

  @Test
  void emptyNamespaceUnderADefaultNamespaceIsUndeclared() {
    XmlElement e = XmlElement.builder("a", SERVER).child(XmlElement.builder("b", "").build()).build();

    assertThat(XmlWriter.toXml(e, SERVER)).isEqualTo("<a><b xmlns=''/></a>");
    assertThat(XmlWriter.toXml(XmlElement.builder("b", "").build())).isEqualTo("<b/>");
  }

  @Test
  void escapesTextAndAttributes() {
    XmlElement e = XmlElement.builder("m", SERVER)
        .attribute("a", "<&>'\"\t\n\r")
        .text("<&>'\"\t\n\r]]>")
        .build();

    assertThat(XmlWriter.toXml(e, SERVER))
        .isEqualTo("<m a='&lt;&amp;&gt;&apos;&quot;&#x9;&#xA;&#xD;'>&lt;&amp;&gt;'\"\t\n&#xD;]]&gt;</m>");
  }

  @Test
  void charactersXmlCannotCarryAreReplacedAndSupplementaryOnesKept() {
    XmlElement e = XmlElement.builder("m", SERVER).text("a\u0000b\u001Bc\uD800d\uFFFEe😀").build();

    assertThat(XmlWriter.toXml(e, SERVER)).isEqualTo("<m>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀</m>");
  }

  @Test
  void xmlLangIsWrittenAsSuch() {
    XmlElement e = XmlElement.builder("message", SERVER).attribute(XmlElement.XML_LANG, "en").build();

    assertThat(XmlWriter.toXml(e, SERVER)).isEqualTo("<message xml:lang='en'/>");
  }

  @Test
  void boundPrefixesAreUsedAndLeaveTheDefaultNamespaceOfChildrenAlone() {
    XmlElement result = XmlElement.builder("result", "jabber:server:dialback")
        .attribute("type", "error")
        .child(XmlElement.builder("error", SERVER).attribute("type", "cancel")
            .child(XmlElement.builder("item-not-found", "urn:ietf:params:xml:ns:xmpp-stanzas").build()).build())
        .build();

    assertThat(XmlWriter.toXml(result, SERVER, Map.of("jabber:server:dialback", "db")))
        .isEqualTo("<db:result type='error'><error type='cancel'>"
            + "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></db:result>");
  }

  @Test
  void adjacentTextIsMergedSoEqualityIgnoresFragmentation() {
    XmlElement split = XmlElement.builder("b", SERVER).text("ab").text("").text("c").build();

    assertThat(split.children()).containsExactly("abc");
    assertThat(split).isEqualTo(XmlElement.builder("b", SERVER).text("abc").build());
  }
}
