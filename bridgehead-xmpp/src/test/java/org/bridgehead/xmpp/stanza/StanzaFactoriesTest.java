package org.bridgehead.xmpp.stanza;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgehead.xmpp.xml.XmlElement;
import org.bridgehead.xmpp.xml.XmlWriter;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

class StanzaFactoriesTest {
  @Test
  void chatMessageParsesBackToTheSameStanza() throws Exception {
    Message m = Message.chat(JidCreate.entityBareFrom("alice@contoso.test"), JidCreate.entityBareFrom("bob@fabrikam.test"), "a < b");
    assertThat(XmlWriter.toXml(m.element(), "jabber:server"))
        .isEqualTo("<message from='alice@contoso.test' to='bob@fabrikam.test' type='chat'><body>a &lt; b</body></message>");
    Stanza parsed = Stanza.parse(m.element());
    assertThat(parsed).isEqualTo(m);
    assertThat(((Message) parsed).body()).contains("a < b");
  }

  @Test
  void pingRequestAndItsResultAreCorrelatedAndSwapAddresses() throws Exception {
    XmlElement ping = XmlElement.builder("ping", "urn:xmpp:ping").build();
    Iq get = Iq.get(JidCreate.fullFrom("alice@contoso.test/desk"), JidCreate.domainBareFrom("fabrikam.test"), "p1", ping);
    assertThat(get.isRequest()).isTrue();
    assertThat(get.payload()).isEqualTo(ping);
    assertThat(Stanza.parse(get.element())).isEqualTo(get);

    Iq result = Iq.resultFor(get, null);
    assertThat(result.iqType()).isEqualTo(IqType.RESULT);
    assertThat(result.id()).isEqualTo("p1");
    assertThat(result.from().toString()).isEqualTo("fabrikam.test");
    assertThat(result.to().toString()).isEqualTo("alice@contoso.test/desk");
    assertThat(result.payload()).isNull();
  }
}
