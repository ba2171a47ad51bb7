/**
 * SIP ↔ XMPP translation (the IETF SIP–XMPP series: RFC 7247, RFC 7572, RFC 8048): pure functions and
 * records, no sockets, no policy. Sub-packages: {@code error} (RFC 7247 §7), {@code message}
 * (RFC 7572 / RFC 3428), {@code chatstate} (XEP-0085 ↔ RFC 3994), {@code presence} (RFC 8048, PIDF,
 * RPID, Lync availability). The tables are written out in {@code docs/mappings.md}.
 */
package org.bridgehead.gateway.translate;
