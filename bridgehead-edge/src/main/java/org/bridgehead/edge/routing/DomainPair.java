package org.bridgehead.edge.routing;

import org.jxmpp.jid.DomainBareJid;

/** An S2S stream is for one (local, remote) domain pair: RFC 6120 authenticates per pair. */
public record DomainPair(DomainBareJid local, DomainBareJid remote) {
  @Override
  public String toString() { return local + " -> " + remote; }
}
