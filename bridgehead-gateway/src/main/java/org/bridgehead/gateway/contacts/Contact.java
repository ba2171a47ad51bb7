package org.bridgehead.gateway.contacts;

import java.util.Objects;
import org.bridgehead.gateway.address.SipUri;
import org.jxmpp.jid.BareJid;

/**
 * What the gateway remembers between a local user and an XMPP user.
 *
 * @param localUser the local user's address of record
 * @param localAdded the local user added the XMPP user as a contact (this lifts the PublicUnverified
 *     restriction)
 * @param localToRemote the local user's subscription to the XMPP user's presence
 * @param remoteToLocal the XMPP user's subscription to the local user's presence
 */
public record Contact(SipUri localUser, BareJid remote, boolean localAdded, Subscription localToRemote,
    Subscription remoteToLocal) {

  public Contact {
    localUser = Objects.requireNonNull(localUser).addressOfRecord();
    Objects.requireNonNull(remote);
    Objects.requireNonNull(localToRemote);
    Objects.requireNonNull(remoteToLocal);
  }

  /** The state of a pair that has never been stored. */
  public static Contact none(SipUri localUser, BareJid remote) {
    return new Contact(localUser, remote, false, Subscription.NONE, Subscription.NONE);
  }

  public boolean isNone() {
    return !localAdded && localToRemote == Subscription.NONE && remoteToLocal == Subscription.NONE;
  }

  public Contact withLocalAdded(boolean added) {
    return new Contact(localUser, remote, added, localToRemote, remoteToLocal);
  }

  public Contact withLocalToRemote(Subscription s) {
    return new Contact(localUser, remote, localAdded, s, remoteToLocal);
  }

  public Contact withRemoteToLocal(Subscription s) {
    return new Contact(localUser, remote, localAdded, localToRemote, s);
  }
}
