package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;

/**
 * Whatever bytes a peer sends, in whatever chunks, the parser either yields stream objects or ends
 * the stream with a stream error: no other exception, no element over the size limit. Runs its seeds
 * (src/test/resources/.../StreamParserFuzzTestInputs) in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class StreamParserFuzzTest {
  private static final int LIMIT = 4096;

  @FuzzTest(maxDuration = "60s")
  void parse(FuzzedDataProvider data) {
    XmppStreamParser parser = new XmppStreamParser(LIMIT, Set.of(Namespaces.JABBER_SERVER));
    try {
      while (data.remainingBytes() > 0) {
        parser.feed(data.consumeBytes(1 + data.consumeInt(0, 64)));
        for (Object o = parser.next(); o != null; o = parser.next()) {
          if (o instanceof XmlElement e) {
            // What we accepted must be small enough and serialise back to well-formed XML we can read.
            assertThat(XmlWriter.toXml(e, Namespaces.JABBER_SERVER).length()).isLessThan(LIMIT * 8);
          }
        }
      }
    } catch (StreamErrorException expected) {
      assertThat(expected.error().condition()).isNotNull();
    }
  }
}
