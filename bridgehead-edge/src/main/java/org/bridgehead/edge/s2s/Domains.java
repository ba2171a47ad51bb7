package org.bridgehead.edge.s2s;

import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** Parses domain names that arrive in stream headers and dialback elements. */
public final class Domains {
  private Domains() {}

  /** The normalised domain, or null when absent or not a valid domain. */
  public static DomainBareJid parse(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return JidCreate.domainBareFrom(s);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      return null;
    }
  }
}
