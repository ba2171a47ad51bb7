package org.bridgehead.gateway.presence;

import java.util.Optional;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.address.AddressMappingException;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.contacts.Contact;
import org.bridgehead.gateway.contacts.ContactStore;
import org.bridgehead.gateway.contacts.Subscription;
import org.bridgehead.gateway.sip.presence.PresenceDocument;
import org.bridgehead.gateway.sip.presence.Presentities;
import org.bridgehead.gateway.sip.presence.Publications;
import org.bridgehead.gateway.sip.presence.SubscriptionState;
import org.bridgehead.gateway.sip.presence.Watchers;
import org.bridgehead.gateway.sip.routing.SipDomains;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.translate.presence.Pidf;
import org.bridgehead.gateway.trust.Decision;
import org.bridgehead.gateway.trust.TrustRules;
import org.jxmpp.jid.EntityBareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence requests from local SIP users: PUBLISH of their own presence, SUBSCRIBE to another local
 * user, and SUBSCRIBE to an XMPP contact — which adds the contact, asks the contact's server for a
 * subscription (RFC 8048) and, for a contact whose own request was held (PublicUnverified), approves it.
 */
public final class SipPresence implements Presentities {
  private static final Logger log = LoggerFactory.getLogger(SipPresence.class);

  private final SipDomains domains;
  private final UserAccess access;
  private final ContactStore contacts;
  private final AddressMapper addresses;
  private final Publications publications;
  private final LocalPresence local;
  private final RemotePresence remote;
  private final StanzaSender xmpp;
  private Watchers watchers;

  SipPresence(SipDomains domains, UserAccess access, ContactStore contacts, AddressMapper addresses,
      Publications publications, LocalPresence local, RemotePresence remote, StanzaSender xmpp) {
    this.domains = domains;
    this.access = access;
    this.contacts = contacts;
    this.addresses = addresses;
    this.publications = publications;
    this.local = local;
    this.remote = remote;
    this.xmpp = xmpp;
  }

  void watchers(Watchers w) { this.watchers = w; }

  @Override
  public Optional<PresenceDocument> document(SipUri presentity, SipUri watcher) {
    if (domains.isLocal(presentity.host())) return Optional.of(local.document(presentity));
    try {
      EntityBareJid jid = addresses.toBareJid(presentity);
      return Optional.of(PresenceDocument.pidf(Pidf.build(presentity.addressOfRecord(), remote.of(jid))));
    } catch (AddressMappingException e) {
      return Optional.empty();
    }
  }

  public void publish(IncomingRequest r, SipUri sender) {
    if (!r.requestUri().addressOfRecord().equals(sender)) {
      r.respond(403, "Forbidden (a user publishes only their own presence)");
      return;
    }
    publications.publish(r, sender);
  }

  /** SUBSCRIBE to a local user: local users may watch each other. */
  public void subscribeLocal(IncomingRequest r, SipUri sender) {
    SipUri presentity = r.requestUri().addressOfRecord();
    if (watchers.owns(r)) {
      watchers.subscribe(r, presentity, sender, SubscriptionState.ACTIVE);
    } else if (!access.isUser(presentity)) {
      r.respond(404, "Not Found");
    } else {
      watchers.subscribe(r, presentity, sender, SubscriptionState.ACTIVE);
    }
  }

  /** SUBSCRIBE to an XMPP contact. */
  public void subscribeRemote(IncomingRequest r, SipUri sender) {
    SipUri presentity = r.requestUri().addressOfRecord();
    if (watchers.owns(r)) {
      watchers.subscribe(r, presentity, sender, SubscriptionState.ACTIVE);
      return;
    }
    Decision decision = TrustRules.outboundSubscribe(access.xmppAccess(sender));
    if (!decision.allowed()) {
      var why = decision.refusal().orElseThrow();
      r.respond(why.sipStatus(), "Forbidden (" + why.reason() + ")");
      return;
    }
    EntityBareJid jid;
    try {
      jid = addresses.toBareJid(presentity);
    } catch (AddressMappingException e) {
      r.respond(404, "Not Found (no XMPP address: " + e.getMessage() + ")");
      return;
    }
    Contact before = contacts.get(sender, jid);
    boolean active = before.localToRemote() == Subscription.ACTIVE;
    Contact after = contacts.update(sender, jid, c -> c.withLocalAdded(true)
        .withLocalToRemote(active ? Subscription.ACTIVE : Subscription.PENDING));
    watchers.subscribe(r, presentity, sender, active ? SubscriptionState.ACTIVE : SubscriptionState.PENDING);
    var me = addresses.toBareJid(sender);
    send(Presences.of(active ? "probe" : "subscribe", me, jid));
    if (after.remoteToLocal() == Subscription.PENDING) {
      // the contact asked first and was held (PublicUnverified): adding them lifts the hold
      contacts.update(sender, jid, c -> c.withRemoteToLocal(Subscription.ACTIVE));
      send(Presences.of("subscribed", me, jid));
      local.watched(sender);
      local.sendTo(sender, jid);
      log.info("held subscription of {} to {} approved: the user added the contact", jid, sender);
    }
  }

  private void send(org.bridgehead.xmpp.stanza.Presence p) {
    xmpp.send(p).whenComplete((ok, e) -> {
      if (e != null) log.debug("{} presence to {} not delivered: {}", p.type(), p.to(), e.toString());
    });
  }
}
