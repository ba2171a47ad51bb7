package org.bridgehead.edge.local;

import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.edge.s2s.Namespaces;
import org.bridgehead.xmpp.stanza.Iq;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.Stanza;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.bridgehead.xmpp.xml.XmlElement;

/**
 * Answers stanzas addressed to one of our domains itself: XEP-0199 ping and XEP-0030 disco#info;
 * anything else that expects an answer gets service-unavailable.
 */
public final class ServerDomainResponder {
  private final StanzaSender replies;

  public ServerDomainResponder(StanzaSender replies) {
    this.replies = replies;
  }

  public void handle(Stanza stanza) {
    if (Stanzas.isError(stanza)) return;
    if (stanza instanceof Iq iq) {
      if (!iq.isRequest()) return;
      XmlElement payload = iq.payload();
      if ("get".equals(iq.type()) && payload != null && payload.is("ping", Namespaces.PING)) {
        send(Iq.resultFor(iq, null));
      } else if ("get".equals(iq.type()) && payload != null && payload.is("query", Namespaces.DISCO_INFO)
          && payload.attribute("node") == null) {
        send(Iq.resultFor(iq, discoInfo()));
      } else {
        send(Stanzas.errorReply(stanza, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE, null)));
      }
    } else if (stanza instanceof Message m && !"groupchat".equals(m.type())) {
      send(Stanzas.errorReply(stanza, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE,
          "This server does not accept messages addressed to the domain itself")));
    }
  }

  static XmlElement discoInfo() {
    return XmlElement.builder("query", Namespaces.DISCO_INFO)
        .child(XmlElement.builder("identity", Namespaces.DISCO_INFO)
            .attribute("category", "server").attribute("type", "im").attribute("name", "Bridgehead").build())
        .child(feature(Namespaces.DISCO_INFO))
        .child(feature(Namespaces.PING))
        .build();
  }

  private static XmlElement feature(String var) {
    return XmlElement.builder("feature", Namespaces.DISCO_INFO).attribute("var", var).build();
  }

  private void send(Stanza reply) {
    replies.send(reply);
  }
}
