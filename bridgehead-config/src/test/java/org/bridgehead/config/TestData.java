package org.bridgehead.config;

import java.util.List;
import java.util.Set;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

final class TestData {
  private TestData() {}

  static DomainBareJid domain(String d) {
    try {
      return JidCreate.domainBareFrom(d);
    } catch (XmppStringprepException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static XmppPartner.Builder partner(String d) { return XmppPartner.builder(domain(d)); }

  static NodeConfig node(XmppPartner... partners) {
    return new NodeConfig(Set.of(domain("contoso.test")), EdgeSettings.defaults(), GatewaySettings.DEFAULTS,
        List.of(partners));
  }
}
