package org.bridgehead.api.panel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The panel's sessions, in memory (a node restart logs everyone out). Ids and CSRF tokens are 256
 * random bits. Sessions end after {@link #IDLE} without a request; anonymous ones (a login form
 * shown) after {@link #ANONYMOUS_IDLE}, and there are at most {@link #MAX} of all kinds, so that
 * fetching the login page in a loop cannot grow memory.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(10);
  static final int MAX = 10_000;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, PanelSession> byId = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) { this.clock = clock; }

  /** The live session with this id, touched; empty when unknown or expired. */
  Optional<PanelSession> find(String id) {
    if (id == null) return Optional.empty();
    PanelSession s = byId.get(id);
    Instant now = clock.instant();
    if (s == null) return Optional.empty();
    if (expired(s, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    s.touch(now);
    return Optional.of(s);
  }

  /** A new session for {@code admin} (null: anonymous), or empty while the table is full. */
  Optional<PanelSession> create(String admin) {
    if (byId.size() >= MAX) prune();
    if (byId.size() >= MAX) return Optional.empty();
    PanelSession s = new PanelSession(token(), token(), admin, clock.instant());
    byId.put(s.id(), s);
    return Optional.of(s);
  }

  void end(PanelSession s) { byId.remove(s.id()); }

  /** Ends every session of an administrator (the account was removed). */
  void endAll(String admin) { byId.values().removeIf(s -> admin.equals(s.admin())); }

  int size() { return byId.size(); }

  private void prune() {
    Instant now = clock.instant();
    byId.values().removeIf(s -> expired(s, now));
  }

  private static boolean expired(PanelSession s, Instant now) {
    return s.lastSeen().plus(s.loggedIn() ? IDLE : ANONYMOUS_IDLE).isBefore(now);
  }

  private String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
