package org.bridgehead.gateway.translate.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Set;
import org.bridgehead.gateway.address.SipUri;
import org.junit.jupiter.api.Test;

class PidfTest {
  private static final SipUri ALICE = SipUri.parse("sip:alice@contoso.test;gr=x");

  private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  @Test
  void buildsAPidfDocumentThatReadsBackTheSameState() {
    PresenceState s = PresenceState.fromXmpp(true, Show.DND, "On a call <urgent> & busy");
    byte[] doc = Pidf.build(ALICE, s);
    String xml = new String(doc, StandardCharsets.UTF_8);
    assertThat(xml).contains("entity='sip:alice@contoso.test'", "<basic>open</basic>",
        "xmlns:rpid='urn:ietf:params:xml:ns:pidf:rpid'", "<rpid:busy/>", "6500", "On a call &lt;urgent&gt; &amp; busy");
    assertThat(Pidf.parse(doc)).isEqualTo(s);
  }

  @Test
  void unavailableIsClosedAndRoundTrips() {
    PresenceState s = PresenceState.unavailable();
    byte[] doc = Pidf.build(ALICE, s);
    assertThat(new String(doc, StandardCharsets.UTF_8)).contains("<basic>closed</basic>").doesNotContain("<note");
    assertThat(Pidf.parse(doc)).isEqualTo(s);
  }

  @Test
  void readsRfc3863And4480DocumentsFromOtherClients() {
    String doc = """
        <?xml version="1.0" encoding="UTF-8"?>
        <presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
            xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid" entity="pres:bob@contoso.test">
          <tuple id="a"><status><basic>closed</basic></status><note>tuple note</note></tuple>
          <tuple id="b"><status><basic>open</basic></status></tuple>
          <dm:person id="p"><rpid:activities><rpid:on-the-phone/><rpid:other>x</rpid:other></rpid:activities>
            <dm:note>person note</dm:note></dm:person>
        </presence>""";
    PresenceState s = Pidf.parse(utf8(doc));
    assertThat(s.available()).isTrue();
    assertThat(s.show()).isEqualTo(Show.DND);
    assertThat(s.activities()).containsExactly(Activity.ON_THE_PHONE);
    assertThat(s.note()).isEqualTo("person note");
    assertThat(s.availability()).isEmpty();
  }

  @Test
  void notePrecedenceIsPresenceThenPersonThenTuple() {
    String tupleOnly = "<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:b@x.test'>"
        + "<tuple id='t'><status><basic>open</basic></status><note>from tuple</note></tuple></presence>";
    assertThat(Pidf.parse(utf8(tupleOnly)).note()).isEqualTo("from tuple");
    String both = "<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:b@x.test'>"
        + "<tuple id='t'><status><basic>open</basic></status><note>from tuple</note></tuple><note>top</note></presence>";
    assertThat(Pidf.parse(utf8(both)).note()).isEqualTo("top");
  }

  @Test
  void availabilityExtensionIsRead() {
    String doc = "<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:b@x.test'>"
        + "<tuple id='t'><status><basic>open</basic></status></tuple>"
        + "<person xmlns='urn:ietf:params:xml:ns:pidf:data-model' id='p'>"
        + "<availability xmlns='urn:bridgehead:params:xml:ns:pidf:availability'> 12500 </availability></person></presence>";
    PresenceState s = Pidf.parse(utf8(doc));
    assertThat(s.availability()).isEqualTo(OptionalInt.of(12500));
    assertThat(s.show()).isEqualTo(Show.AWAY);
    assertThat(s.activities()).isEqualTo(Set.of());
  }

  @Test
  void refusesWhatIsNotPidf() {
    assertThatThrownBy(() -> Pidf.parse(utf8("<presence xmlns='jabber:client'/>"))).hasMessageContaining("not a PIDF document");
    assertThatThrownBy(() -> Pidf.parse(utf8("<presence xmlns='urn:ietf:params:xml:ns:pidf'/>")))
        .hasMessageContaining("without entity");
    assertThatThrownBy(() -> Pidf.parse(utf8("<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:a@b'>"
        + "<tuple id='t'><status><basic>maybe</basic></status></tuple></presence>"))).hasMessageContaining("open or closed");
    assertThatThrownBy(() -> Pidf.parse(utf8("<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:a@b'>"
        + "<person xmlns='urn:ietf:params:xml:ns:pidf:data-model'><availability "
        + "xmlns='urn:bridgehead:params:xml:ns:pidf:availability'>lots</availability></person></presence>")))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> Pidf.parse(utf8("<presence"))).hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> Pidf.parse(new byte[0])).hasMessageContaining("empty");
    assertThatThrownBy(() -> Pidf.parse(new byte[64 * 1024 + 1])).hasMessageContaining("exceeds");
  }

  @Test
  void doctypesAndEntitiesAreNeverExpanded() {
    String xxe = "<?xml version='1.0'?><!DOCTYPE presence [<!ENTITY x SYSTEM 'file:///etc/passwd'>"
        + "<!ENTITY y 'expanded'>]><presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:a@b'>"
        + "<note>&x;&y;</note></presence>";
    assertThatThrownBy(() -> Pidf.parse(utf8(xxe))).isInstanceOf(IllegalArgumentException.class);
    String bomb = "<?xml version='1.0'?><!DOCTYPE p [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>"
        + "<presence xmlns='urn:ietf:params:xml:ns:pidf' entity='sip:a@b'><note>&b;</note></presence>";
    assertThatThrownBy(() -> Pidf.parse(utf8(bomb))).isInstanceOf(IllegalArgumentException.class);
  }
}
