package org.bridgehead.xmpp;

/** Namespace URIs of RFC 6120 and XEP-0220 that the codec and stanza model refer to. */
public final class Namespaces {
  private Namespaces() {}

  public static final String JABBER_SERVER = "jabber:server";
  public static final String JABBER_CLIENT = "jabber:client";
  public static final String STREAMS = "http://etherx.jabber.org/streams";
  public static final String DIALBACK = "jabber:server:dialback";
  /** Conditions inside {@code <stream:error/>}. */
  public static final String XMPP_STREAMS = "urn:ietf:params:xml:ns:xmpp-streams";
  /** Conditions inside a stanza's {@code <error/>}. */
  public static final String XMPP_STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";
  public static final String XMPP_TLS = "urn:ietf:params:xml:ns:xmpp-tls";
  public static final String XMPP_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";

  /** Whether {@code ns} is a content namespace in which message, presence and iq are stanzas. */
  public static boolean isContentNamespace(String ns) {
    return JABBER_SERVER.equals(ns) || JABBER_CLIENT.equals(ns);
  }
}
