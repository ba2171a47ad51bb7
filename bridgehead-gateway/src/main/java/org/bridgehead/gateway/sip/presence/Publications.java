package org.bridgehead.gateway.sip.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.Lifetimes;
import org.bridgehead.gateway.sip.stack.SipHeaders;
import org.bridgehead.gateway.sip.stack.SipResponse;

/**
 * The event state compositor of local users' presence (RFC 3903): initial, refresh, modify and remove
 * publications with entity tags and expiry. Composition keeps it simple and predictable: the most
 * recently published document of a user wins.
 */
public final class Publications {
  private record Publication(String etag, PresenceDocument document, Instant published, Instant expires) {}

  private final Clock clock;
  private final Lifetimes limits;
  private final Map<SipUri, Map<String, Publication>> byUser = new ConcurrentHashMap<>();
  private final List<Consumer<SipUri>> listeners = new CopyOnWriteArrayList<>();

  public Publications(Clock clock, Lifetimes limits) {
    this.clock = clock;
    this.limits = limits;
  }

  /** Told (with the user's address of record) when the composed document of a user may have changed. */
  public void addListener(Consumer<SipUri> l) { listeners.add(l); }

  /** Handles a PUBLISH by {@code user} (already authenticated and allowed) for their own presence. */
  public void publish(IncomingRequest r, SipUri user) {
    SipUri aor = user.addressOfRecord();
    if (!Lifetimes.presenceEvent(r)) return;
    boolean hasBody = r.body().length > 0;
    if (hasBody && (r.contentType() == null || !SipHeaders.token(r.contentType()).equalsIgnoreCase(PresenceDocument.PIDF))) {
      r.respond(SipResponse.of(415, "Unsupported Media Type").withHeader("Accept", PresenceDocument.PIDF));
      return;
    }
    OptionalInt granted = limits.grant(r);
    if (granted.isEmpty()) return;
    int expires = granted.getAsInt();
    Optional<String> ifMatch = r.header("SIP-If-Match").map(String::strip);
    Map<String, Publication> mine = byUser.computeIfAbsent(aor, k -> new ConcurrentHashMap<>());
    Instant now = clock.instant();
    Publication previous = null;
    if (ifMatch.isPresent()) {
      previous = mine.remove(ifMatch.get());
      if (previous == null || !previous.expires().isAfter(now)) {
        r.respond(412, "Conditional Request Failed");
        return;
      }
    } else if (!hasBody) {
      r.respond(400, "Bad Request (an initial PUBLISH needs a body)");
      return;
    }
    if (expires == 0) {
      r.respond(SipResponse.of(200, "OK").withHeader("Expires", "0"));
      changed(aor);
      return;
    }
    String etag = Ids.random(8);
    PresenceDocument doc = hasBody ? new PresenceDocument(PresenceDocument.PIDF, r.body()) : previous.document();
    mine.put(etag, new Publication(etag, doc, hasBody ? now : previous.published(), now.plusSeconds(expires)));
    r.respond(SipResponse.of(200, "OK").withHeader("SIP-ETag", etag).withHeader("Expires", Integer.toString(expires)));
    if (hasBody) changed(aor);
  }

  /** The composed document: the newest live publication of the user. */
  public Optional<PresenceDocument> composed(SipUri user) {
    Instant now = clock.instant();
    return byUser.getOrDefault(user.addressOfRecord(), Map.of()).values().stream()
        .filter(p -> p.expires().isAfter(now)).max(Comparator.comparing(Publication::published))
        .map(Publication::document);
  }

  /** Drops expired publications and tells listeners whose composition changed; run periodically. */
  public void sweep() {
    Instant now = clock.instant();
    byUser.forEach((aor, mine) -> {
      if (mine.values().removeIf(p -> !p.expires().isAfter(now))) changed(aor);
    });
  }

  private void changed(SipUri aor) { listeners.forEach(l -> l.accept(aor)); }
}
