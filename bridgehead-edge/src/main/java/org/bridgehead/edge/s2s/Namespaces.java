package org.bridgehead.edge.s2s;

/** XML namespaces of server-to-server streams. */
public final class Namespaces {
  public static final String SERVER = "jabber:server";
  public static final String STREAMS = "http://etherx.jabber.org/streams";
  public static final String TLS = "urn:ietf:params:xml:ns:xmpp-tls";
  public static final String SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
  public static final String DIALBACK = "jabber:server:dialback";
  public static final String DIALBACK_FEATURE = "urn:xmpp:features:dialback";
  public static final String STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";
  public static final String PING = "urn:xmpp:ping";
  public static final String SM = "urn:xmpp:sm:3";
  public static final String DISCO_INFO = "http://jabber.org/protocol/disco#info";

  private Namespaces() {}
}
