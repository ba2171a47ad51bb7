package org.bridgehead.gateway.presence;

import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.address.AddressMappingException;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.contacts.Contact;
import org.bridgehead.gateway.contacts.ContactStore;
import org.bridgehead.gateway.contacts.Subscription;
import org.bridgehead.gateway.sip.presence.SubscriptionState;
import org.bridgehead.gateway.sip.presence.Watchers;
import org.bridgehead.gateway.translate.presence.XmppPresenceMapper;
import org.bridgehead.gateway.trust.Refusal;
import org.bridgehead.gateway.trust.TrustRules;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence stanzas from XMPP users to local users (RFC 6121 §3–4 on the XMPP side, RFC 8048 towards
 * SIP): subscription requests judged by the trust rules and stored, answers to the local users' own
 * requests, probes, and availability passed to the SIP watchers of that contact.
 */
public final class XmppPresenceIn {
  private static final Logger log = LoggerFactory.getLogger(XmppPresenceIn.class);

  private final UserAccess access;
  private final ContactStore contacts;
  private final AddressMapper addresses;
  private final LocalPresence local;
  private final RemotePresence remote;
  private final Watchers watchers;
  private final StanzaSender xmpp;

  XmppPresenceIn(UserAccess access, ContactStore contacts, AddressMapper addresses, LocalPresence local,
      RemotePresence remote, Watchers watchers, StanzaSender xmpp) {
    this.access = access;
    this.contacts = contacts;
    this.addresses = addresses;
    this.local = local;
    this.remote = remote;
    this.watchers = watchers;
    this.xmpp = xmpp;
  }

  public void presence(InboundStanza inbound) {
    Presence p = (Presence) inbound.stanza();
    if (Stanzas.isError(p) || p.from() == null || p.to() == null || !p.to().isEntityJid()) return;
    SipUri user;
    SipUri contactUri;
    try {
      user = addresses.toSip(p.to().asEntityBareJidIfPossible());
      contactUri = addresses.toSip(p.from().asEntityBareJidIfPossible());
    } catch (AddressMappingException | NullPointerException e) {
      log.debug("presence {} -> {} has no SIP mapping: {}", p.from(), p.to(), e.getMessage());
      return;
    }
    BareJid from = p.from().asBareJid();
    String type = p.type() == null ? "available" : p.type();
    switch (type) {
      case "subscribe" -> subscribe(inbound, p, user, from);
      case "unsubscribe" -> {
        contacts.update(user, from, c -> c.withRemoteToLocal(Subscription.NONE));
        send("unavailable", user, from);
      }
      case "subscribed" -> {
        Contact c = contacts.update(user, from, x -> x.withLocalToRemote(Subscription.ACTIVE));
        if (c.localAdded()) watchers.setState(contactUri, user, SubscriptionState.ACTIVE);
      }
      case "unsubscribed" -> {
        contacts.update(user, from, c -> c.withLocalToRemote(Subscription.NONE));
        remote.forget(from);
        watchers.setState(contactUri, user, SubscriptionState.terminated("rejected"));
      }
      case "probe" -> {
        if (contacts.get(user, from).remoteToLocal() == Subscription.ACTIVE && access.xmppAccess(user)) {
          local.sendTo(user, from);
        } else {
          send("unsubscribed", user, from);
        }
      }
      case "available", "unavailable" -> {
        remote.update(p.from(), XmppPresenceMapper.fromXmpp(p));
        watchers.presenceChanged(contactUri);
      }
      default -> log.debug("presence of unknown type '{}' from {} ignored", type, p.from());
    }
  }

  private void subscribe(InboundStanza inbound, Presence p, SipUri user, BareJid from) {
    if (!access.isUser(user)) {
      reply(p, StanzaError.of(org.bridgehead.xmpp.stanza.StanzaErrorCondition.ITEM_NOT_FOUND, "no such user"));
      return;
    }
    boolean allowed = access.xmppAccess(user);
    switch (TrustRules.inboundSubscribe(inbound.partnerType(), allowed, contacts.get(user, from).localAdded())) {
      case APPROVE -> {
        contacts.update(user, from, c -> c.withRemoteToLocal(Subscription.ACTIVE));
        send("subscribed", user, from);
        local.watched(user);
        local.sendTo(user, from);
      }
      case PEND -> {
        // PublicUnverified: kept until the local user adds this contact (XmppContacts approves it then)
        contacts.update(user, from, c -> c.withRemoteToLocal(Subscription.PENDING));
        log.info("subscription of {} to {} pending until the user adds the contact", from, user);
      }
      case REFUSE -> reply(p, StanzaError.of(Refusal.XMPP_ACCESS_OFF.xmppCondition(), Refusal.XMPP_ACCESS_OFF.reason()));
    }
  }

  private void send(String type, SipUri user, Jid to) {
    xmpp.send(Presences.of(type, addresses.toBareJid(user), to)).whenComplete((ok, e) -> {
      if (e != null) log.debug("{} to {} not delivered: {}", type, to, e.toString());
    });
  }

  private void reply(Presence p, StanzaError error) {
    xmpp.send(Stanzas.errorReply(p, error)).whenComplete((ok, e) -> {
      if (e != null) log.debug("presence error to {} not delivered: {}", p.from(), e.toString());
    });
  }
}
