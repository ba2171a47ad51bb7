package org.bridgehead.xmpp.stream;

/** A single space between stanzas: keeps NAT mappings and idle timers alive (RFC 6120 §4.6.1). */
public enum WhitespacePing {
  INSTANCE
}
