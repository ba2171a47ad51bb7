package org.bridgehead.xmpp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgehead.xmpp.Namespaces;
import org.bridgehead.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

/** An idle stream's decoder lets go of its parser and continues the stream with a new one. */
class DecoderTrimTest {
  private static final String RESULT = "<db:result from='a.example' to='b.example'>k</db:result>";
  private static final String MESSAGE = "<message from='u@a.example' to='v@b.example'><body>hi</body></message>";

  @Test
  void aTrimmedStreamGoesOnWithItsNamespacesAndPrefixes() {
    DecoderHarness h = new DecoderHarness(65536).feed(DecoderHarness.HEADER + RESULT);
    assertThat(h.decoder.trim()).isTrue();
    assertThat(h.decoder.trim()).isFalse(); // already trimmed

    h.feed(RESULT + MESSAGE, 7);
    assertThat(h.decoder.trim()).isTrue();
    h.feed(MESSAGE + "</stream:stream>");

    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(6);
    assertThat(h.events.get(0)).isInstanceOf(StreamHeader.class);
    for (int i : new int[] {1, 2}) {
      XmlElement e = (XmlElement) h.events.get(i);
      assertThat(e.is("result", Namespaces.DIALBACK)).as(e.toString()).isTrue();
      assertThat(e.text()).isEqualTo("k");
    }
    for (int i : new int[] {3, 4}) {
      XmlElement e = (XmlElement) h.events.get(i);
      assertThat(e.is("message", Namespaces.JABBER_SERVER)).as(e.toString()).isTrue();
      assertThat(e.attribute("to")).isEqualTo("v@b.example");
    }
    assertThat(h.events.get(5)).isEqualTo(StreamEnd.INSTANCE);
  }

  @Test
  void whitespaceKeepAlivesDoNotHoldTheParser() {
    DecoderHarness h = new DecoderHarness(65536).feed(DecoderHarness.HEADER + RESULT + " \n ");
    assertThat(h.decoder.trim()).isTrue();
    h.feed("  " + MESSAGE);
    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(3);
    assertThat(((XmlElement) h.events.get(2)).name()).isEqualTo("message");
  }

  @Test
  void nothingIsTrimmedBeforeTheHeaderInsideAStanzaOrAfterAnError() {
    DecoderHarness before = new DecoderHarness(65536).feed("<?xml version='1.0'?><stream:str");
    assertThat(before.decoder.trim()).isFalse();

    DecoderHarness inside = new DecoderHarness(65536).feed(DecoderHarness.HEADER + "<message to='v@b.example'><bo");
    assertThat(inside.decoder.trim()).isFalse();
    inside.feed("dy>x</body></message>");
    assertThat(((XmlElement) inside.events.get(1)).child("body", Namespaces.JABBER_SERVER)).isPresent();

    DecoderHarness partialTag = new DecoderHarness(65536).feed(DecoderHarness.HEADER + "<mess");
    assertThat(partialTag.decoder.trim()).isFalse();

    DecoderHarness failed = new DecoderHarness(65536).feed(DecoderHarness.HEADER + "<a></b><x/>");
    assertThat(failed.errors).isNotEmpty();
    assertThat(failed.decoder.trim()).isFalse();
  }

  @Test
  void aRestartAfterTrimWaitsForANewHeader() {
    DecoderHarness h = new DecoderHarness(65536).feed(DecoderHarness.HEADER + RESULT);
    assertThat(h.decoder.trim()).isTrue();
    h.decoder.reset();
    h.feed(DecoderHarness.HEADER + MESSAGE);
    assertThat(h.errors).isEmpty();
    assertThat(h.events).hasSize(4);
    assertThat(h.events.get(2)).isInstanceOf(StreamHeader.class);
  }
}
