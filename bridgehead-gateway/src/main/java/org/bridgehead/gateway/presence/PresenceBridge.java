package org.bridgehead.gateway.presence;

import java.time.Clock;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.contacts.ContactStore;
import java.util.concurrent.ScheduledExecutorService;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.presence.PresenceDocument;
import org.bridgehead.gateway.sip.presence.Publications;
import org.bridgehead.gateway.sip.presence.Subscriber;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
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
  private final Subscriber subscriber;
  private final ContactStore contacts;

  private PresenceBridge(Publications publications, Watchers watchers, SipPresence sip, XmppPresenceIn xmpp,
      Subscriber subscriber, ContactStore contacts) {
    this.contacts = contacts;
    this.publications = publications;
    this.watchers = watchers;
    this.sip = sip;
    this.xmpp = xmpp;
    this.subscriber = subscriber;
  }

  /**
   * @param presenceServer proxy mode: the SIP presence server in front, where local users' presence is
   *     followed (subscribing as {@code identity}); null when Bridgehead is the presence server itself
   */
  public static PresenceBridge create(SipEndpoint endpoint, SipDomains domains, UserAccess access, ContactStore contacts,
      AddressMapper addresses, LocationService location, StanzaSender out, Clock clock, Hop presenceServer,
      SipUri identity, ScheduledExecutorService timers) {
    Publications publications = new Publications(clock, Lifetimes.DEFAULTS);
    RemotePresence remote = new RemotePresence();
    LocalPresence local = new LocalPresence(publications, location, contacts, access, addresses, out,
        presenceServer != null);
    Subscriber subscriber = null;
    if (presenceServer != null) {
      subscriber = new Subscriber(endpoint, presenceServer, identity, timers, new Subscriber.Listener() {
        @Override
        public void notified(SipUri user, PresenceDocument document) { local.notified(user, document); }

        @Override
        public void ended(SipUri user) {}
      });
      local.onFirstWatcher(subscriber::follow);
    }
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
    return new PresenceBridge(publications, watchers, sip, xmpp, subscriber, contacts);
  }

  /** Once SIP is up: in proxy mode, follow the users XMPP contacts watched before a restart. */
  public void resume() {
    if (subscriber != null) contacts.watchedUsers().forEach(subscriber::follow);
  }

  /** Proxy mode: whether {@code r} is a NOTIFY of the gateway's own subscriptions, which it then handles. */
  public boolean notification(IncomingRequest r) {
    if (subscriber == null || !subscriber.owns(r)) return false;
    subscriber.notify(r);
    return true;
  }

  public SipPresence sip() { return sip; }

  public XmppPresenceIn xmpp() { return xmpp; }

  public void sweep() {
    publications.sweep();
    watchers.sweep();
  }

  @Override
  public void close() {
    watchers.closeAll();
    if (subscriber != null) subscriber.closeAll();
  }
}
