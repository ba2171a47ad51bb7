package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgehead.xmpp.stream.DecoderHarness.HEADER;

import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed, restricted and oversized input: each must end in exactly one stream error. */
class StreamViolationsTest {
  private static final String BILLION_LAUGHS = "<?xml version='1.0'?><!DOCTYPE lolz ["
      + "<!ENTITY lol 'lol'><!ENTITY lol1 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
      + "<!ENTITY lol2 '&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'>]>"
      + "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>"
      + "<message><body>&lol2;</body></message>";
  private static final String XXE = "<?xml version='1.0'?><!DOCTYPE s [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
      + "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>"
      + "<message><body>&xxe;</body></message>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "DTD without subset   | <?xml version='1.0'?><!DOCTYPE stream>" + "<stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>",
      "external DTD         | <!DOCTYPE s SYSTEM 'http://evil.example/x.dtd'><stream:stream xmlns:stream='http://etherx.jabber.org/streams'>",
      "comment in prolog    | <?xml version='1.0'?><!-- hi --><stream:stream xmlns:stream='http://etherx.jabber.org/streams'>",
      "comment in stream    | " + HEADER + "<!-- hi -->",
      "comment in stanza    | " + HEADER + "<message><!-- hi --></message>",
      "PI in prolog         | <?xml version='1.0'?><?foo bar?><stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>",
      "PI in stanza         | " + HEADER + "<message><?foo bar?></message>",
      "custom entity        | " + HEADER + "<message><body>&foo;</body></message>",
      "entity in attribute  | " + HEADER + "<message to='&foo;'/>",
  })
  void restrictedXmlIsRefused(String name, String xml) {
    for (int chunk : new int[] {1, Integer.MAX_VALUE}) {
      DecoderHarness h = new DecoderHarness(10_000).feed(xml, chunk);
      assertThat(h.errorCondition()).as(name + " chunk " + chunk).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
      assertThat(h.events).as("nothing from inside a stanza").allMatch(e -> e instanceof StreamHeader);
    }
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    DecoderHarness h = new DecoderHarness(10_000).feed(BILLION_LAUGHS);

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
    assertThat(h.events).isEmpty();
  }

  @Test
  void xxeIsRefusedWithoutReadingTheEntity() {
    DecoderHarness h = new DecoderHarness(10_000).feed(XXE, 3);

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.RESTRICTED_XML);
    assertThat(h.events).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "mismatched end tag    | NOT_WELL_FORMED      | " + HEADER + "<message></mess><presence/>",
      "unquoted attribute    | NOT_WELL_FORMED      | " + HEADER + "<message to=b/>",
      "bare ampersand        | NOT_WELL_FORMED      | " + HEADER + "<message><body>a & b</body></message>",
      "duplicate attribute   | NOT_WELL_FORMED      | " + HEADER + "<message a='1' a='2'/>",
      "NUL character ref     | NOT_WELL_FORMED      | " + HEADER + "<message><body>&#0;</body></message>",
      "late XML declaration  | NOT_WELL_FORMED      | " + HEADER + "<?xml version='1.0'?>",
      "unbound prefix        | BAD_NAMESPACE_PREFIX | " + HEADER + "<foo:message/>",
      "wrong stream ns       | INVALID_NAMESPACE    | <stream:stream xmlns='jabber:server' xmlns:stream='http://wrong.example/'>",
      "unsupported content ns| INVALID_NAMESPACE    | <stream:stream xmlns='urn:other' xmlns:stream='http://etherx.jabber.org/streams'>",
      "no content ns         | INVALID_NAMESPACE    | <stream:stream xmlns:stream='http://etherx.jabber.org/streams'>",
      "not a stream          | BAD_FORMAT           | <message xmlns='jabber:server'/>",
      "text between stanzas  | BAD_FORMAT           | " + HEADER + "hello<presence/>",
      "latin-1 declared      | UNSUPPORTED_ENCODING | <?xml version='1.0' encoding='ISO-8859-1'?><stream:stream xmlns='jabber:server' xmlns:stream='http://etherx.jabber.org/streams'>",
  })
  void violationsMapToStreamErrors(String name, StreamErrorCondition expected, String xml) {
    for (int chunk : new int[] {1, Integer.MAX_VALUE}) {
      DecoderHarness h = new DecoderHarness(10_000).feed(xml, chunk);
      assertThat(h.errorCondition()).as(name + " chunk " + chunk).isEqualTo(expected);
    }
  }

  @Test
  void invalidUtf8IsNotWellFormed() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER);
    h.feedChunk(new byte[] {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'});

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
  }

  @Test
  void inputAfterAnErrorIsDiscarded() {
    DecoderHarness h = new DecoderHarness(1000).feed(HEADER + "<a></b>").feed("<presence/>").feed("<presence/>");

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.NOT_WELL_FORMED);
    assertThat(h.decoder.failed()).isTrue();
    assertThat(h.afterHeader()).isEmpty();
  }

  @Test
  void stanzaExactlyAtTheLimitPassesAndOneByteMoreFails() {
    String atLimit = "<message><body>" + "x".repeat(250) + "</body></message>";
    int limit = atLimit.length(); // larger than the header, which the limit also bounds
    for (int chunk : new int[] {1, 4, Integer.MAX_VALUE}) {
      DecoderHarness ok = new DecoderHarness(limit).feed(HEADER.replace(" version='1.0'>", ">") + " " + atLimit + " " + atLimit, chunk);
      assertThat(ok.errors).as("chunk " + chunk).isEmpty();
      assertThat(ok.afterHeader()).hasSize(2);

      String over = atLimit.replace("<body>", "<body>y");
      DecoderHarness bad = new DecoderHarness(limit).feed(HEADER.replace(" version='1.0'>", ">") + atLimit + over, chunk);
      assertThat(bad.errorCondition()).as("chunk " + chunk).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
      assertThat(bad.afterHeader()).hasSize(1);
    }
  }

  @Test
  void oversizedStanzaIsRefusedBeforeItCompletes() {
    DecoderHarness h = new DecoderHarness(2000).feed(HEADER + "<message><body>");
    for (int i = 0; i < 10 && h.errors.isEmpty(); i++) h.feed("z".repeat(500));

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void endlessStartTagIsRefused() {
    DecoderHarness h = new DecoderHarness(2000).feed(HEADER + "<message");
    for (int i = 0; i < 10 && h.errors.isEmpty(); i++) h.feed(" a" + i + "='" + "v".repeat(500) + "'");

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void oversizedHeaderIsRefused() {
    DecoderHarness h = new DecoderHarness(500).feed(HEADER.replace("version='1.0'>", "x='" + "v".repeat(600) + "'>"));

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void deepNestingIsRefused() {
    int depth = XmppStreamParser.MAX_DEPTH + 1;
    DecoderHarness h = new DecoderHarness(100_000).feed(HEADER + "<a>".repeat(depth) + "</a>".repeat(depth));

    assertThat(h.errorCondition()).isEqualTo(StreamErrorCondition.POLICY_VIOLATION);
  }

  @Test
  void nestingAtTheDepthLimitIsAccepted() {
    int depth = XmppStreamParser.MAX_DEPTH;
    DecoderHarness h = new DecoderHarness(100_000).feed(HEADER + "<a>".repeat(depth) + "</a>".repeat(depth));

    assertThat(h.errors).isEmpty();
    assertThat(h.afterHeader()).singleElement().isInstanceOf(XmlElement.class);
  }
}
