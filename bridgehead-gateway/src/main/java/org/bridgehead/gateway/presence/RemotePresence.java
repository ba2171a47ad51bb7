package org.bridgehead.gateway.presence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bridgehead.gateway.translate.presence.PresenceState;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * What XMPP contacts last said of their presence, per resource, kept in memory (a restart probes
 * again). A contact's presence is that of their most available resource.
 */
final class RemotePresence {
  private final Map<BareJid, Map<String, PresenceState>> byContact = new ConcurrentHashMap<>();

  /** Records one resource's presence; returns the contact's aggregate afterwards. */
  PresenceState update(Jid from, PresenceState state) {
    String resource = from.hasResource() ? from.getResourceOrEmpty().toString() : "";
    Map<String, PresenceState> resources = byContact.computeIfAbsent(from.asBareJid(), k -> new ConcurrentHashMap<>());
    if (state.available()) {
      resources.put(resource, state);
    } else if (resource.isEmpty()) {
      resources.clear(); // unavailable from the bare JID: every resource is gone
    } else {
      resources.remove(resource);
    }
    return of(from.asBareJid());
  }

  PresenceState of(BareJid contact) {
    Map<String, PresenceState> resources = byContact.getOrDefault(contact, Map.of());
    PresenceState best = PresenceState.unavailable();
    for (PresenceState s : resources.values()) {
      if (!best.available() || rank(s) < rank(best)) best = s;
    }
    return best;
  }

  void forget(BareJid contact) { byContact.remove(contact); }

  /** Lower is more available: chat, none (online), away, xa, dnd. */
  private static int rank(PresenceState s) {
    return switch (s.show()) {
      case CHAT -> 0;
      case NONE -> 1;
      case AWAY -> 2;
      case XA -> 3;
      case DND -> 4;
    };
  }
}
