package org.bridgehead.interop.peers;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.ping.PingManager;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * An XMPP client (Smack) logged in to a peer's c2s port: connects to the peer's loopback address
 * directly (no DNS), without TLS. Incoming messages with a body are queued for {@link #awaitMessage}.
 */
public final class XmppTestClient implements AutoCloseable {
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

  private final AbstractXMPPConnection connection;
  private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
  private final BlockingQueue<Message> errors = new LinkedBlockingQueue<>();
  private final java.util.List<Presence> presences = new java.util.concurrent.CopyOnWriteArrayList<>();

  private XmppTestClient(AbstractXMPPConnection connection) {
    this.connection = connection;
    connection.addAsyncStanzaListener(s -> {
      Message m = (Message) s;
      if (m.getType() == Message.Type.error) {
        errors.add(m);
      } else if (m.getBody() != null) {
        messages.add(m);
      }
    }, StanzaTypeFilter.MESSAGE);
    connection.addAsyncStanzaListener(s -> presences.add((Presence) s), StanzaTypeFilter.PRESENCE);
  }

  /** Connects and logs in as {@code localpart} with the password the peer registered. */
  public static XmppTestClient login(XmppPeer peer, String localpart) {
    return login(peer, localpart, peer.password(localpart));
  }

  public static XmppTestClient login(XmppPeer peer, String localpart, String password) {
    try {
      XMPPTCPConnectionConfiguration config = XMPPTCPConnectionConfiguration.builder()
          .setHostAddress(peer.c2sAddress().getAddress())
          .setPort(peer.c2sAddress().getPort())
          .setXmppDomain(peer.domain())
          .setSecurityMode(SecurityMode.disabled)
          .setUsernameAndPassword(localpart, password)
          .setResource("test")
          .setConnectTimeout((int) REPLY_TIMEOUT.toMillis())
          .build();
      XMPPTCPConnection c = new XMPPTCPConnection(config);
      // subscription requests are the test's to answer, not Smack's (its default rejects them)
      org.jivesoftware.smack.roster.Roster.getInstanceFor(c)
          .setSubscriptionMode(org.jivesoftware.smack.roster.Roster.SubscriptionMode.manual);
      c.setReplyTimeout(REPLY_TIMEOUT.toMillis());
      XmppTestClient client = new XmppTestClient(c);
      c.connect().login();
      return client;
    } catch (SmackException | IOException | XMPPException e) {
      throw new IllegalStateException("cannot log in " + localpart + "@" + peer.domain() + " at " + peer.c2sAddress()
          + ": " + e + "\n" + peer.logTail(30), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String jid() {
    return String.valueOf(connection.getUser());
  }

  /** Sends a chat message. */
  public void send(String toJid, String body) {
    call("send to " + toJid, () -> {
      connection.sendStanza(connection.getStanzaFactory().buildMessageStanza()
          .to(jid(toJid)).ofType(Message.Type.chat).setBody(body).build());
      return null;
    });
  }

  /** The next received message with a body, or an {@link AssertionError} after {@code timeout}. */
  public Message awaitMessage(Duration timeout) {
    try {
      Message m = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (m == null) {
        throw new AssertionError(jid() + " received no message within " + timeout);
      }
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next message error bounced back to this client. */
  public Message awaitError(Duration timeout) {
    try {
      Message m = errors.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (m == null) throw new AssertionError(jid() + " received no error within " + timeout);
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a presence of {@code type} (subscribe, subscribed, unsubscribe, ...) to {@code toJid}. */
  public void sendPresence(Presence.Type type, String toJid) {
    call("presence " + type + " to " + toJid, () -> {
      connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza().ofType(type).to(jid(toJid)).build());
      return null;
    });
  }

  /** Broadcasts this client's availability (to every contact subscribed to it). */
  public void setAvailability(Presence.Mode mode, String status) {
    call("availability " + mode, () -> {
      connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.available)
          .setMode(mode).setStatus(status).build());
      return null;
    });
  }

  /** Waits for a presence from {@code fromBareJid} that satisfies {@code test}; returns it. */
  public Presence awaitPresence(String fromBareJid, java.util.function.Predicate<Presence> test, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Presence p : presences) {
        if (p.getFrom() != null && p.getFrom().asBareJid().toString().equals(fromBareJid) && test.test(p)) return p;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(jid() + " saw no matching presence from " + fromBareJid + " within " + timeout
        + "; saw " + presences.stream().map(p -> p.toXML().toString()).toList());
  }

  public void forgetPresences() { presences.clear(); }

  /** XEP-0199 ping; a remote domain or user is reached over S2S. False on timeout or error reply. */
  public boolean ping(String jid, Duration timeout) {
    return call("ping " + jid, () -> {
      try {
        return PingManager.getInstanceFor(connection).ping(jid(jid), timeout.toMillis());
      } catch (SmackException.NoResponseException e) {
        return false;
      }
    });
  }

  /** XEP-0030 disco#info of {@code jid}. */
  public DiscoverInfo disco(String jid) {
    return call("disco#info " + jid, () -> ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(jid(jid)));
  }

  /** A Smack operation; its checked exceptions become unchecked ones naming {@code what}. */
  private interface SmackCall<T> {
    T call() throws SmackException, XMPPException, InterruptedException;
  }

  private static <T> T call(String what, SmackCall<T> action) {
    try {
      return action.call();
    } catch (SmackException | XMPPException e) {
      throw new IllegalStateException(what + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    }
  }

  private static Jid jid(String jid) {
    try {
      return JidCreate.from(jid);
    } catch (XmppStringprepException e) {
      throw new IllegalArgumentException(jid, e);
    }
  }

  @Override
  public void close() {
    connection.disconnect();
  }
}
