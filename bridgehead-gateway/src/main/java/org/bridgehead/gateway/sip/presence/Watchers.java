package org.bridgehead.gateway.sip.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Dialog;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.Ids;
import org.bridgehead.gateway.sip.stack.Lifetimes;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifier side of presence subscriptions (RFC 6665, RFC 3856): accepts, refreshes and ends
 * SUBSCRIBE dialogs, sends the NOTIFYs, and expires what is not refreshed. Who may watch, and what the
 * state is, is decided by the caller; the documents come from {@link Presentities}.
 */
public final class Watchers {
  private static final Logger log = LoggerFactory.getLogger(Watchers.class);

  /** Told when a watcher's subscription begins and ends (expired, unsubscribed, refused by the notifier). */
  public interface Listener {
    default void watchStarted(Watch watch) {}

    default void watchEnded(Watch watch) {}
  }

  private final SipEndpoint endpoint;
  private final Presentities documents;
  private final Clock clock;
  private final Lifetimes limits;
  private final Map<String, Watch> byDialog = new ConcurrentHashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  public Watchers(SipEndpoint endpoint, Presentities documents, Clock clock, Lifetimes limits) {
    this.endpoint = endpoint;
    this.documents = documents;
    this.clock = clock;
    this.limits = limits;
  }

  public void addListener(Listener l) { listeners.add(l); }

  /** Whether {@code r} refreshes or ends one of these subscriptions (an in-dialog SUBSCRIBE). */
  public boolean owns(IncomingRequest r) { return r.to().tag() != null && byDialog.containsKey(key(r)); }

  /**
   * Handles a SUBSCRIBE for {@code presentity}: a refresh or an unsubscription of an existing dialog, or
   * a new subscription starting in {@code initial} state.
   */
  public void subscribe(IncomingRequest r, SipUri presentity, SipUri watcher, SubscriptionState initial) {
    if (!Lifetimes.presenceEvent(r)) return;
    String event = r.header("Event").orElseThrow();
    OptionalInt granted = limits.grant(r);
    if (granted.isEmpty()) return;
    int expires = granted.getAsInt();
    if (r.to().tag() != null) {
      Watch w = byDialog.get(key(r));
      if (w == null) {
        r.respond(481, "Subscription Does Not Exist");
        return;
      }
      r.respond(SipResponse.of(200, "OK").withHeader("Expires", Integer.toString(expires)));
      if (expires == 0) {
        end(w, SubscriptionState.terminated("timeout"));
      } else {
        w.expires(clock.instant().plusSeconds(expires));
        notify(w);
      }
      return;
    }
    String tag = Ids.tag();
    Dialog dialog = Dialog.asServer(r, tag);
    r.respond(SipResponse.of(200, "OK").withToTag(tag).withHeader("Expires", Integer.toString(expires))
        .withHeader("Contact", "<" + contact(r.source().transport()) + ">"));
    Watch w = new Watch(dialog, presentity, watcher, event, clock.instant().plusSeconds(expires),
        expires == 0 ? SubscriptionState.terminated("timeout") : initial);
    if (expires == 0 || initial.kind() == SubscriptionState.Kind.TERMINATED) {
      notify(w); // a fetch (RFC 6665 §4.4.3) or a refusal: one NOTIFY, no state kept
      return;
    }
    byDialog.put(dialog.id(), w);
    log.debug("{} subscribed", w);
    listeners.forEach(l -> l.watchStarted(w));
    notify(w);
  }

  private SipUri contact(SipTransport transport) {
    var hop = endpoint.localHop(transport);
    return new SipUri(false, null, hop.address(), hop.port(), Map.of("transport", hop.transport().token()));
  }

  /** Sends the current document to every active watcher of {@code presentity}. */
  public void presenceChanged(SipUri presentity) {
    for (Watch w : watchersOf(presentity)) if (w.state().kind() == SubscriptionState.Kind.ACTIVE) notify(w);
  }

  /** Moves watchers of {@code presentity} by {@code watcher} to a new state; terminated ones are ended. */
  public void setState(SipUri presentity, SipUri watcher, SubscriptionState state) {
    for (Watch w : watchersOf(presentity)) {
      if (!w.watcher().equals(watcher.addressOfRecord())) continue;
      if (state.kind() == SubscriptionState.Kind.TERMINATED) {
        end(w, state);
      } else if (w.state().kind() != state.kind()) {
        w.state(state);
        notify(w);
      }
    }
  }

  public List<Watch> watchersOf(SipUri presentity) {
    SipUri p = presentity.addressOfRecord();
    return byDialog.values().stream().filter(w -> w.presentity().equals(p)).toList();
  }

  /** Ends subscriptions that were not refreshed in time; run periodically. */
  public void sweep() {
    Instant now = clock.instant();
    for (Watch w : List.copyOf(byDialog.values())) {
      if (!w.expires().isAfter(now)) end(w, SubscriptionState.terminated("timeout"));
    }
  }

  /** Ends every subscription (shutdown): watchers are told, so they need not wait for expiry. */
  public void closeAll() {
    for (Watch w : List.copyOf(byDialog.values())) end(w, SubscriptionState.terminated("deactivated"));
  }

  private void end(Watch w, SubscriptionState state) {
    if (byDialog.remove(w.dialog().id()) == null) return;
    w.state(state);
    notify(w);
    listeners.forEach(l -> l.watchEnded(w));
  }

  /**
   * Sends the watch's current state. One NOTIFY at a time per dialog, so a client never sees an older
   * state arrive after a newer one; changes meanwhile are folded into one NOTIFY that follows.
   */
  private void notify(Watch w) {
    synchronized (w) {
      if (w.notifying) {
        w.notifyAgain = true;
        return;
      }
      w.notifying = true;
    }
    sendNotify(w);
  }

  private void notified(Watch w) {
    synchronized (w) {
      if (!w.notifyAgain) {
        w.notifying = false;
        return;
      }
      w.notifyAgain = false;
    }
    sendNotify(w);
  }

  private void sendNotify(Watch w) {
    long left = Math.max(0, Duration.between(clock.instant(), w.expires()).toSeconds());
    SipRequest notify = w.dialog().request("NOTIFY").withHeader("Event", w.event())
        .withHeader("Subscription-State", w.state().header(left));
    notify = notify.withContact(contact(notify.hop().transport()));
    if (w.state().kind() != SubscriptionState.Kind.PENDING) {
      Optional<PresenceDocument> doc = documents.document(w.presentity(), w.watcher());
      if (doc.isPresent()) notify = notify.withBody(doc.get().contentType(), doc.get().body());
    }
    SipRequest sent = notify;
    endpoint.send(sent).thenAccept(response -> {
      if (response.status() == 481 || (response.status() >= 400 && response.local())) {
        log.debug("NOTIFY to {} failed ({}); subscription dropped", w.watcher(), response);
        if (byDialog.remove(w.dialog().id()) != null) listeners.forEach(l -> l.watchEnded(w));
      }
      notified(w);
    });
  }

  private static String key(IncomingRequest r) { return r.callId() + ";" + r.to().tag() + ";" + r.from().tag(); }
}
