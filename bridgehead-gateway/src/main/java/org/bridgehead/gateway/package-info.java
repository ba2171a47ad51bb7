/**
 * The gateway role: translates IM and presence between the organisation's SIP/SIMPLE users and XMPP
 * partner users. {@code translate} holds the stack-independent mapping tables (RFC 7247, 7572, 8048);
 * {@code sip} holds the SIP stack behind a thin interface of our own.
 */
package org.bridgehead.gateway;
