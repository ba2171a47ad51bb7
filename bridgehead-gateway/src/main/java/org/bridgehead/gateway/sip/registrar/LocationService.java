package org.bridgehead.gateway.sip.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bridgehead.gateway.address.SipUri;

/**
 * The registered contacts of local users, in memory (a restart asks clients to register again, as every
 * registrar's restart does). Listeners hear when a user goes from no binding to some and back: the
 * presence server treats a registered user without a publication as available.
 */
public final class LocationService {
  /** Told when a user's first binding appears or the last one goes. */
  public interface Listener {
    void reachabilityChanged(SipUri aor, boolean reachable);
  }

  private final Clock clock;
  private final Map<SipUri, List<Binding>> bindings = new ConcurrentHashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  public LocationService(Clock clock) { this.clock = clock; }

  public void addListener(Listener l) { listeners.add(l); }

  /** Current bindings of {@code aor}, highest q first, expired ones left out. */
  public List<Binding> lookup(SipUri aor) {
    Instant now = clock.instant();
    return bindings.getOrDefault(aor.addressOfRecord(), List.of()).stream().filter(b -> !b.expiredAt(now))
        .sorted(Comparator.comparingDouble((Binding b) -> -b.q())).toList();
  }

  public boolean isRegistered(SipUri aor) { return !lookup(aor).isEmpty(); }

  /**
   * Applies one REGISTER's changes atomically: {@code added} replace bindings of the same contact,
   * {@code removed} contacts go; returns the bindings after the change.
   */
  public List<Binding> apply(SipUri aor, List<Binding> added, List<SipUri> removed, boolean removeAll) {
    SipUri key = aor.addressOfRecord();
    boolean[] change = new boolean[2];
    bindings.compute(key, (k, old) -> {
      Instant now = clock.instant();
      List<Binding> next = new ArrayList<>();
      if (old != null && !removeAll) {
        for (Binding b : old) {
          boolean replaced = added.stream().anyMatch(a -> sameContact(a.contact(), b.contact()));
          boolean gone = removed.stream().anyMatch(r -> sameContact(r, b.contact()));
          if (!replaced && !gone && !b.expiredAt(now)) next.add(b);
        }
      }
      next.addAll(added);
      change[0] = old != null && old.stream().anyMatch(b -> !b.expiredAt(now));
      change[1] = !next.isEmpty();
      return next.isEmpty() ? null : List.copyOf(next);
    });
    if (change[0] != change[1]) listeners.forEach(l -> l.reachabilityChanged(key, change[1]));
    return lookup(key);
  }

  /** The binding of this contact, if registered (Call-ID/CSeq ordering checks). */
  public Binding find(SipUri aor, SipUri contact) {
    return lookup(aor).stream().filter(b -> sameContact(b.contact(), contact)).findFirst().orElse(null);
  }

  /** Drops expired bindings and tells listeners of users no longer reachable; run periodically. */
  public void sweep() {
    Instant now = clock.instant();
    for (SipUri aor : List.copyOf(bindings.keySet())) {
      boolean[] lost = {false};
      bindings.computeIfPresent(aor, (k, list) -> {
        List<Binding> live = list.stream().filter(b -> !b.expiredAt(now)).toList();
        lost[0] = live.isEmpty();
        return live.isEmpty() ? null : live;
      });
      if (lost[0]) listeners.forEach(l -> l.reachabilityChanged(aor, false));
    }
  }

  /** RFC 3261 §10.3 step 6: URIs compare by user, host, port, transport — enough for contacts. */
  static boolean sameContact(SipUri a, SipUri b) {
    return a.host().equals(b.host()) && a.port() == b.port() && java.util.Objects.equals(a.user(), b.user())
        && java.util.Objects.equals(a.param("transport"), b.param("transport"));
  }
}
