package org.bridgehead.gateway.sip.presence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.gateway.sip.stack.Dialog;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.NameAddr;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipRequest;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.translate.presence.SubscriptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriber side of presence (RFC 6665, RFC 3856), used in proxy mode to follow local users'
 * presence at the SIP presence server in front (Kamailio): one subscription per presentity, refreshed
 * before it expires, renewed after the notifier ends it when RFC 6665 allows, its NOTIFYs handed on.
 */
public final class Subscriber {
  private static final Logger log = LoggerFactory.getLogger(Subscriber.class);
  private static final int REQUESTED_EXPIRES = 3600;
  private static final Duration RETRY = Duration.ofSeconds(30);

  /** Told of every NOTIFY body (null when it carried none) and of the end of a subscription. */
  public interface Listener {
    void notified(SipUri presentity, PresenceDocument document);

    void ended(SipUri presentity);
  }

  private final class Subscription {
    final SipUri presentity;
    volatile Dialog dialog;
    volatile ScheduledFuture<?> refresh;
    volatile boolean stopped;

    Subscription(SipUri presentity) { this.presentity = presentity; }
  }

  private final SipEndpoint endpoint;
  private final Hop server;
  private final SipUri identity;
  private final ScheduledExecutorService timers;
  private final Listener listener;
  private final Map<SipUri, Subscription> byPresentity = new ConcurrentHashMap<>();
  private final Map<String, Subscription> byCallId = new ConcurrentHashMap<>();

  /**
   * @param server the presence server (the proxy in front)
   * @param identity who subscribes (the gateway's own address in the local domain)
   */
  public Subscriber(SipEndpoint endpoint, Hop server, SipUri identity, ScheduledExecutorService timers, Listener listener) {
    this.endpoint = endpoint;
    this.server = server;
    this.identity = identity;
    this.timers = timers;
    this.listener = listener;
  }

  /** Follows {@code presentity} unless already following it. */
  public void follow(SipUri presentity) {
    SipUri p = presentity.addressOfRecord();
    Subscription s = new Subscription(p);
    if (byPresentity.putIfAbsent(p, s) == null) subscribe(s);
  }

  public boolean follows(SipUri presentity) { return byPresentity.containsKey(presentity.addressOfRecord()); }

  /** Whether {@code r} is a NOTIFY of one of these subscriptions. */
  public boolean owns(IncomingRequest r) {
    return r.method().equals("NOTIFY") && byCallId.containsKey(r.callId());
  }

  private void subscribe(Subscription s) {
    if (s.stopped) return;
    SipRequest request = SipRequest.outOfDialog("SUBSCRIBE", s.presentity, NameAddr.of(identity), NameAddr.of(s.presentity),
        server).withContact(contact()).withHeader("Event", "presence").withHeader("Accept", PresenceDocument.PIDF)
        .withHeader("Expires", Integer.toString(REQUESTED_EXPIRES));
    byCallId.put(request.callId(), s);
    endpoint.send(request).thenAccept(response -> {
      if (response.isSuccess()) {
        s.dialog = Dialog.asClient(request, response);
        scheduleRefresh(s, granted(response));
      } else {
        byCallId.remove(request.callId());
        log.info("presence subscription to {} refused: {}; retrying in {}", s.presentity, response, RETRY);
        s.refresh = timers.schedule(() -> subscribe(s), RETRY.toSeconds(), TimeUnit.SECONDS);
      }
    });
  }

  private void refresh(Subscription s) {
    Dialog d = s.dialog;
    if (d == null || s.stopped) return;
    SipRequest request = d.request("SUBSCRIBE").withContact(contact()).withHeader("Event", "presence")
        .withHeader("Accept", PresenceDocument.PIDF).withHeader("Expires", Integer.toString(REQUESTED_EXPIRES));
    endpoint.send(request).thenAccept(response -> {
      switch (SubscriptionMapper.onRefreshResponse(response.status())) {
        case REFRESHED -> scheduleRefresh(s, granted(response));
        case TERMINATED -> restart(s);
        default -> s.refresh = timers.schedule(() -> refresh(s), RETRY.toSeconds(), TimeUnit.SECONDS);
      }
    });
  }

  /** Handles a NOTIFY of one of these subscriptions. */
  public void notify(IncomingRequest r) {
    Subscription s = byCallId.get(r.callId());
    if (s == null) {
      r.respond(481, "Subscription Does Not Exist");
      return;
    }
    r.respond(200, "OK");
    if (r.body().length > 0) listener.notified(s.presentity, new PresenceDocument(PresenceDocument.PIDF, r.body()));
    String state = r.header("Subscription-State").orElse("active");
    if (state.strip().toLowerCase(java.util.Locale.ROOT).startsWith("terminated")) {
      log.debug("presence subscription to {} ended by the notifier: {}", s.presentity, state);
      restart(s);
    }
  }

  private void restart(Subscription s) {
    if (s.dialog != null) byCallId.remove(s.dialog.callId());
    s.dialog = null;
    if (s.refresh != null) s.refresh.cancel(false);
    listener.ended(s.presentity);
    s.refresh = timers.schedule(() -> subscribe(s), RETRY.toSeconds(), TimeUnit.SECONDS);
  }

  private void scheduleRefresh(Subscription s, int granted) {
    long delay = Math.max(30, granted * 8L / 10); // before it expires, as RFC 6665 §4.1.2.1 asks
    s.refresh = timers.schedule(() -> refresh(s), delay, TimeUnit.SECONDS);
  }

  private static int granted(SipResponse response) {
    return response.headers().first("Expires").map(String::strip).filter(v -> v.matches("\\d{1,9}"))
        .map(Integer::parseInt).orElse(REQUESTED_EXPIRES);
  }

  private SipUri contact() {
    Hop hop = endpoint.localHop(server.transport());
    return new SipUri(false, null, hop.address(), hop.port(), Map.of("transport", hop.transport().token()));
  }

  /** Ends every subscription (Expires: 0), e.g. at shutdown. */
  public void closeAll() {
    for (Subscription s : byPresentity.values()) {
      s.stopped = true;
      if (s.refresh != null) s.refresh.cancel(false);
      Dialog d = s.dialog;
      if (d != null) endpoint.send(d.request("SUBSCRIBE").withContact(contact()).withHeader("Event", "presence")
          .withHeader("Expires", "0"));
    }
    byPresentity.clear();
    byCallId.clear();
  }
}
