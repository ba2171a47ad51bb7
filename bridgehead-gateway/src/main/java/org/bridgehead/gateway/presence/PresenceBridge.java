package org.bridgehead.gateway.presence;

import java.time.Clock;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.contacts.ContactStore;
import org.bridgehead.gateway.sip.presence.Publications;
import org.bridgehead.gateway.sip.presence.Watchers;
import org.bridgehead.gateway.sip.registrar.LocationService;
import org.bridgehead.gateway.sip.routing.SipDomains;
import org.bridgehead.gateway.sip.stack.Lifetimes;
import org.bridgehead.gateway.sip.stack.SipEndpoint;

/** Presence both ways, assembled: the SIP compositor and notifier, and the XMPP side of each contact. */
public final class PresenceBridge implements AutoCloseable {
  private final Publications publications;
  private final Watchers watchers;
  private final SipPresence sip;
  private final XmppPresenceIn xmpp;

  private PresenceBridge(Publications publications, Watchers watchers, SipPresence sip, XmppPresenceIn xmpp) {
    this.publications = publications;
    this.watchers = watchers;
    this.sip = sip;
    this.xmpp = xmpp;
  }

  public static PresenceBridge create(SipEndpoint endpoint, SipDomains domains, UserAccess access, ContactStore contacts,
      AddressMapper addresses, LocationService location, StanzaSender out, Clock clock) {
    Publications publications = new Publications(clock, Lifetimes.DEFAULTS);
    RemotePresence remote = new RemotePresence();
    LocalPresence local = new LocalPresence(publications, location, contacts, access, addresses, out);
    SipPresence sip = new SipPresence(domains, access, contacts, addresses, publications, local, remote, out);
    Watchers watchers = new Watchers(endpoint, sip, clock, Lifetimes.DEFAULTS);
    sip.watchers(watchers);
    XmppPresenceIn xmpp = new XmppPresenceIn(access, contacts, addresses, local, remote, watchers, out);
    publications.addListener(user -> {
      local.changed(user);
      watchers.presenceChanged(user);
    });
    location.addListener((user, reachable) -> {
      if (publications.composed(user).isEmpty()) {
        local.changed(user);
        watchers.presenceChanged(user);
      }
    });
    return new PresenceBridge(publications, watchers, sip, xmpp);
  }

  public SipPresence sip() { return sip; }

  public XmppPresenceIn xmpp() { return xmpp; }

  public void sweep() {
    publications.sweep();
    watchers.sweep();
  }

  @Override
  public void close() { watchers.closeAll(); }
}
