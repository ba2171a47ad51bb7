package org.bridgehead.xmpp.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jxmpp.jid.Jid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JidsTest {
  @Test
  void normalisesDomainToLowerCaseAsciiAndKeepsResourceCase() {
    Jid jid = Jids.parse("User@Example.COM./Res Ource");

    assertThat(jid.toString()).isEqualTo("user@example.com/Res Ource");
    assertThat(Jids.domainOf(jid).toString()).isEqualTo("example.com");
  }

  @Test
  void internationalisedDomainBecomesALabels() {
    assertThat(Jids.parse("München.example").toString()).isEqualTo("xn--mnchen-3ya.example");
    assertThat(Jids.parse("user@bücher.example").equals(Jids.parse("user@xn--bcher-kva.example"))).isTrue();
  }

  @Test
  void parsesDomainJidsAndIpLiterals() {
    assertThat(Jids.parseDomain("B.Example").toString()).isEqualTo("b.example");
    assertThat(Jids.parse("[::1]").isDomainBareJid()).isTrue();
    assertThatThrownBy(() -> Jids.parseDomain("u@b.example")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asciiDomainOfAParsedJidIsItsALabelDomain() {
    for (String j : new String[] {"user@bücher.example/r", "x@Fabrikam.TEST", "[::1]", "München.example"}) {
      Jid jid = Jids.parse(j);
      assertThat(Jids.asciiDomain(jid)).isEqualTo(Jids.parseDomain(jid.getDomain().toString()).toString());
    }
    assertThat(Jids.asciiDomain(Jids.parse("user@bücher.example"))).isEqualTo("xn--bcher-kva.example");
  }

  @Test
  void aJidParsedAgainIsTheSameAndBadOnesStayRefused() {
    Object first = Jids.parse("a@B.example/r");
    assertThat(first).isSameAs(Jids.parse("a@B.example/r")).hasToString("a@b.example/r");
    for (int i = 0; i < 2_000; i++) assertThat(Jids.parse("u" + i + "@b.example").toString()).isEqualTo("u" + i + "@b.example");
    assertThat(Jids.parse("a@B.example/r").toString()).isEqualTo("a@b.example/r"); // after the cache was emptied
    for (int i = 0; i < 2; i++) assertThat(Jids.tryParse("a@@b.example")).isEmpty();
  }

  @Test
  void resourceMayContainAtAndSlash() {
    Jid jid = Jids.parse("a@b.example/x@y/z");

    assertThat(jid.getResourceOrNull().toString()).isEqualTo("x@y/z");
    assertThat(jid.getLocalpartOrNull().toString()).isEqualTo("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@b.example", "a@", "a@b.example/", "/r", "a@b..example",
      "a@-bad-.example", "a b@c.example", "a@b.example\u0000"})
  void rejectsMalformed(String s) {
    assertThatThrownBy(() -> Jids.parse(s)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Jids.tryParse(s)).isEmpty();
  }

  @Test
  void rejectsOverlongParts() {
    String label = "a".repeat(63);
    assertThat(Jids.tryParse(label + ".example")).isPresent();
    assertThat(Jids.tryParse("a" + label + ".example")).isEmpty();
    assertThat(Jids.tryParse("x".repeat(1023) + "@b.example")).isPresent();
    assertThat(Jids.tryParse("x".repeat(1024) + "@b.example")).isEmpty();
    assertThat(Jids.tryParse("u@b.example/" + "é".repeat(512))).isEmpty(); // 1024 bytes
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fabrikam.TEST", "a-b.example", "x1.y2.example", "-a.example", "a-.example", "a..b", "a_b.example",
      "b\u00fccher.example", "a.b.", "xn--bcher-kva.example"})
  void theAsciiShortcutAgreesWithIdna(String domain) {
    if (!Jids.isLdhAscii(domain)) return; // the IDNA path itself is covered above
    String viaIdna = java.net.IDN.toASCII(domain, java.net.IDN.USE_STD3_ASCII_RULES).toLowerCase(java.util.Locale.ROOT);
    assertThat(Jids.parse(domain).toString()).isEqualTo(viaIdna);
  }

  @Test
  void theAsciiShortcutTakesOnlyLdhLabels() {
    assertThat(Jids.isLdhAscii("Fabrikam.TEST")).isTrue();
    assertThat(Jids.isLdhAscii("-a.example")).isFalse();
    assertThat(Jids.isLdhAscii("a-.example")).isFalse();
    assertThat(Jids.isLdhAscii("a..b")).isFalse();
    assertThat(Jids.isLdhAscii("a_b.example")).isFalse();
    assertThat(Jids.isLdhAscii("b\u00fccher.example")).isFalse();
    assertThat(Jids.isLdhAscii("a".repeat(64) + ".example")).isFalse();
  }
}
