package org.bridgehead.gateway.presence;

import java.util.OptionalInt;
import java.util.Set;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.contacts.Contact;
import org.bridgehead.gateway.contacts.ContactStore;
import org.bridgehead.gateway.sip.presence.PresenceDocument;
import org.bridgehead.gateway.sip.presence.Publications;
import org.bridgehead.gateway.sip.registrar.LocationService;
import org.bridgehead.gateway.translate.presence.Pidf;
import org.bridgehead.gateway.translate.presence.PresenceState;
import org.bridgehead.gateway.translate.presence.XmppPresenceMapper;
import org.bridgehead.gateway.trust.TrustRules;
import org.jxmpp.jid.BareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local users' presence as both sides see it: what they published (RFC 3903), or — with nothing
 * published — available while a device is registered and offline otherwise. Changes go to the XMPP
 * users subscribed to them, without the note unless the partner is Federated.
 */
public final class LocalPresence {
  private static final Logger log = LoggerFactory.getLogger(LocalPresence.class);

  private final Publications publications;
  private final LocationService location;
  private final ContactStore contacts;
  private final UserAccess access;
  private final AddressMapper addresses;
  private final StanzaSender xmpp;
  /** Proxy mode: what the presence server in front last notified per user; null in self-contained mode. */
  private final java.util.Map<SipUri, PresenceState> followed;
  private volatile java.util.function.Consumer<SipUri> follow = user -> {};

  public LocalPresence(Publications publications, LocationService location, ContactStore contacts, UserAccess access,
      AddressMapper addresses, StanzaSender xmpp, boolean proxied) {
    this.publications = publications;
    this.location = location;
    this.contacts = contacts;
    this.access = access;
    this.addresses = addresses;
    this.xmpp = xmpp;
    this.followed = proxied ? new java.util.concurrent.ConcurrentHashMap<>() : null;
  }

  /** Proxy mode: how to start following a user's presence at the presence server in front. */
  void onFirstWatcher(java.util.function.Consumer<SipUri> followUser) { this.follow = followUser; }

  /** An XMPP user now watches {@code user}: in proxy mode, make sure their presence is followed. */
  public void watched(SipUri user) {
    if (followed != null) follow.accept(user.addressOfRecord());
  }

  /** Proxy mode: the presence server in front notified {@code user}'s presence. */
  public void notified(SipUri user, PresenceDocument document) {
    try {
      followed.put(user.addressOfRecord(), Pidf.parse(document.body()));
    } catch (IllegalArgumentException e) {
      log.debug("unreadable presence of {} from the presence server: {}", user, e.getMessage());
      return;
    }
    changed(user);
  }

  public PresenceState state(SipUri user) {
    if (followed != null) return followed.getOrDefault(user.addressOfRecord(), PresenceState.unavailable());
    var published = publications.composed(user);
    if (published.isPresent()) {
      try {
        return Pidf.parse(published.get().body());
      } catch (IllegalArgumentException e) {
        log.debug("unreadable publication of {}: {}", user, e.getMessage());
      }
    }
    return location.isRegistered(user)
        ? PresenceState.fromSip(true, null, OptionalInt.empty(), Set.of()) : PresenceState.unavailable();
  }

  /** The document SIP watchers get: the publication itself when there is one, so nothing is lost. */
  public PresenceDocument document(SipUri user) {
    return publications.composed(user).orElseGet(() -> PresenceDocument.pidf(Pidf.build(user, state(user))));
  }

  /** Sends the user's presence to every XMPP user subscribed to it. */
  public void changed(SipUri user) {
    if (!access.xmppAccess(user)) return;
    PresenceState state = state(user);
    for (Contact c : contacts.watchersOf(user)) send(user, c.remote(), state);
  }

  /** Sends the user's current presence to one XMPP watcher (after approval, or a probe). */
  public void sendTo(SipUri user, BareJid watcher) { send(user, watcher, state(user)); }

  private void send(SipUri user, BareJid watcher, PresenceState state) {
    PresenceState visible = TrustRules.noteVisible(access.partnerType(watcher.asDomainBareJid()))
        ? state : state.withoutNote();
    var presence = XmppPresenceMapper.toXmpp(visible, addresses.toBareJid(user), watcher);
    xmpp.send(presence).whenComplete((ok, e) -> {
      if (e != null) log.debug("presence of {} to {} not delivered: {}", user, watcher, e.toString());
    });
  }
}
