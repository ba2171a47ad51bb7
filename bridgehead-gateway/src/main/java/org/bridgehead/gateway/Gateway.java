package org.bridgehead.gateway;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bridgehead.edge.gateway.GatewayLink;
import org.bridgehead.edge.gateway.InboundStanza;
import org.bridgehead.edge.gateway.NoGateway;
import org.bridgehead.edge.gateway.StanzaSender;
import org.bridgehead.gateway.access.UserAccess;
import org.bridgehead.gateway.address.AddressMapper;
import org.bridgehead.gateway.contacts.ContactStore;
import org.bridgehead.gateway.im.LocalMessages;
import org.bridgehead.gateway.im.SipToXmpp;
import org.bridgehead.gateway.im.TranslationTimer;
import org.bridgehead.gateway.im.XmppToSip;
import org.bridgehead.gateway.presence.PresenceBridge;
import org.bridgehead.gateway.sip.auth.DigestAuthenticator;
import org.bridgehead.gateway.sip.registrar.LocationService;
import org.bridgehead.gateway.sip.registrar.Registrar;
import org.bridgehead.gateway.sip.routing.LocalDelivery;
import org.bridgehead.gateway.sip.routing.NextHopProxy;
import org.bridgehead.gateway.sip.routing.RegisteredDevices;
import org.bridgehead.gateway.sip.routing.SipDomains;
import org.bridgehead.gateway.sip.routing.SipFrontDoor;
import org.bridgehead.gateway.sip.stack.Hop;
import org.bridgehead.gateway.sip.stack.IncomingRequest;
import org.bridgehead.gateway.sip.stack.Lifetimes;
import org.bridgehead.gateway.sip.stack.SipEndpoint;
import org.bridgehead.gateway.sip.stack.SipResponse;
import org.bridgehead.gateway.sip.stack.SipTransport;
import org.bridgehead.gateway.translate.message.MessageTranslator;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.xmpp.stanza.Iq;
import org.bridgehead.xmpp.stanza.Message;
import org.bridgehead.xmpp.stanza.Presence;
import org.bridgehead.xmpp.stanza.StanzaError;
import org.bridgehead.xmpp.stanza.StanzaErrorCondition;
import org.bridgehead.xmpp.stanza.Stanzas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway role: the SIP side (registrar, presence server, front door) and the translation to and
 * from the edge. As the edge's {@link GatewayLink} it takes stanzas for local users off the network
 * thread at once; store reads and SIP sends happen on its own workers.
 */
public final class Gateway implements GatewayLink, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Gateway.class);

  private final SipEndpoint endpoint;
  private final LocationService location;
  private final UserAccess access;
  private final XmppToSip xmppToSip;
  private final PresenceBridge presence;
  private final StanzaSender xmpp;
  private final ExecutorService[] workers;
  private final ScheduledExecutorService timers;
  /**
   * At most this many stanzas wait for the workers before the edge stops reading partners; reading
   * resumes at half. At ~5,000 msg/s that is under a second of work, far from the heap's limits.
   */
  static final int BACKLOG_HIGH = 4_000;
  private final Backlog backlog = new Backlog(BACKLOG_HIGH, BACKLOG_HIGH / 2);
  /** Answers what arrives while the workers stop, as the edge does when no gateway runs. */
  private final NoGateway closing;

  private Gateway(SipEndpoint endpoint, LocationService location, UserAccess access, XmppToSip xmppToSip,
      PresenceBridge presence, StanzaSender xmpp, ExecutorService[] workers, ScheduledExecutorService timers) {
    this.endpoint = endpoint;
    this.location = location;
    this.access = access;
    this.xmppToSip = xmppToSip;
    this.presence = presence;
    this.xmpp = xmpp;
    this.workers = workers;
    this.timers = timers;
    this.closing = new NoGateway(xmpp);
  }

  public static Gateway start(GatewayOptions options, ManagementService store, SipDomains domains, StanzaSender xmpp) {
    return start(options, store, domains, xmpp, TranslationTimer.NONE);
  }

  /** @param timer told how long each translated message took (the node's latency histogram) */
  public static Gateway start(GatewayOptions options, ManagementService store, SipDomains domains, StanzaSender xmpp,
      TranslationTimer timer) {
    Clock clock = Clock.systemUTC();
    SipEndpoint endpoint = options.stack().create(options.sip());
    UserAccess access = new UserAccess(store);
    ContactStore contacts = new ContactStore(store.store().jdbi());
    AddressMapper addresses = new AddressMapper();
    MessageTranslator translator = new MessageTranslator(addresses, options.maxMessageBytes());
    LocationService location = new LocationService(clock);
    LocalDelivery delivery = options.proxy().<LocalDelivery>map(hop -> new NextHopProxy(endpoint, hop))
        .orElseGet(() -> new RegisteredDevices(endpoint, location, access::isUser));
    DigestAuthenticator auth = new DigestAuthenticator(
        (user, realm, algorithm) -> store.users().digestHa1("sip:" + user + "@" + realm, algorithm.token()));
    Registrar registrar = new Registrar(domains::isLocal, auth, location, clock, new Lifetimes(60, 3600, 7200));
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(named("gateway-timer"));
    PresenceBridge presence = PresenceBridge.create(endpoint, domains, access, contacts, addresses, location, xmpp, clock,
        options.proxy().orElse(null), identity(domains, store), timers);
    SipToXmpp sipToXmpp = new SipToXmpp(access, translator, xmpp, timer);
    LocalMessages localMessages = new LocalMessages(delivery);
    Hop anyHop = new Hop("127.0.0.1", 5060, SipTransport.UDP);
    XmppToSip xmppToSip = new XmppToSip(access, contacts, translator, delivery, xmpp, anyHop, timer);
    SipFrontDoor door = new SipFrontDoor(domains, registrar, auth, options.trustedSources(),
        (r, sender) -> {
          switch (r.method()) {
            case "MESSAGE" -> localMessages.message(r, sender);
            case "SUBSCRIBE" -> presence.sip().subscribeLocal(r, sender);
            case "PUBLISH" -> presence.sip().publish(r, sender);
            default -> notHere(r);
          }
        },
        (r, sender) -> {
          switch (r.method()) {
            case "MESSAGE" -> sipToXmpp.message(r, sender);
            case "SUBSCRIBE" -> presence.sip().subscribeRemote(r, sender);
            default -> notHere(r);
          }
        }, presence::notification);
    // stanzas from one XMPP user are handled in order (presence especially): one queue per sender's hash
    ExecutorService[] workers = new ExecutorService[4];
    for (int i = 0; i < workers.length; i++) workers[i] = Executors.newSingleThreadExecutor(named("gateway-worker-" + i));
    endpoint.start(door);
    presence.resume();
    timers.scheduleWithFixedDelay(() -> {
      try {
        location.sweep();
        presence.sweep();
      } catch (RuntimeException e) {
        log.warn("gateway expiry sweep failed: {}", e.toString());
      }
    }, 5, 5, TimeUnit.SECONDS);
    // another node's change to a shared database: the in-process listener does not hear of it
    timers.scheduleWithFixedDelay(() -> {
      try {
        access.refreshIfChanged();
      } catch (RuntimeException e) {
        log.warn("store change check failed: {}", e.toString());
      }
    }, 500, 500, TimeUnit.MILLISECONDS);
    return new Gateway(endpoint, location, access, xmppToSip, presence, xmpp, workers, timers);
  }

  /** Who the gateway is when it subscribes at a presence server in front: an address in a local domain. */
  private static org.bridgehead.gateway.address.SipUri identity(SipDomains domains, ManagementService store) {
    return org.bridgehead.gateway.address.SipUri.of("xmpp-gateway", domains.any().orElse("localhost"));
  }

  private static void notHere(IncomingRequest r) {
    r.respond(SipResponse.of(405, "Method Not Allowed").withHeader("Allow", SipFrontDoor.ALLOW));
  }

  @Override
  public void deliver(InboundStanza inbound) {
    long taken = System.nanoTime();
    var from = inbound.stanza().from();
    int lane = Math.floorMod(from == null ? 0 : from.asBareJid().hashCode(), workers.length);
    backlog.taken();
    try {
      workers[lane].execute(() -> handle(inbound, taken));
    } catch (RejectedExecutionException e) {
      backlog.handled();
      closing.deliver(inbound); // the gateway is closing: its sender hears service-unavailable, not silence
    }
  }

  @Override
  public boolean ready(Runnable whenReady) {
    return backlog.ready(whenReady);
  }

  private void handle(InboundStanza inbound, long taken) {
    try {
      var stanza = inbound.stanza();
      if (stanza instanceof Message) {
        xmppToSip.message(inbound, taken);
      } else if (stanza instanceof Presence) {
        presence.xmpp().presence(inbound);
      } else if (stanza instanceof Iq iq) {
        unsupported(iq);
      }
    } catch (RuntimeException e) {
      log.warn("stanza from {} not handled: {}", inbound.stanza().from(), e.toString(), e);
    } finally {
      backlog.handled();
    }
  }

  private void unsupported(Iq iq) {
    if (!iq.isRequest()) return;
    xmpp.send(Stanzas.errorReply(iq, StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE,
        "SIP users answer no IQ requests")));
  }

  /** Where SIP clients reach the gateway on {@code transport}. */
  public Hop sipHop(SipTransport transport) { return endpoint.localHop(transport); }

  public LocationService location() { return location; }

  @Override
  public void close() {
    presence.close();
    timers.shutdownNow();
    for (ExecutorService w : workers) w.shutdown();
    try {
      for (ExecutorService w : workers) w.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    endpoint.close();
    access.close();
  }

  private static java.util.concurrent.ThreadFactory named(String name) {
    var n = new java.util.concurrent.atomic.AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
