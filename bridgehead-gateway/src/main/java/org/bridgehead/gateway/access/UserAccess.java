package org.bridgehead.gateway.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bridgehead.config.PartnerType;
import org.bridgehead.config.XmppPartner;
import org.bridgehead.gateway.address.SipUri;
import org.bridgehead.management.audit.ChangeEvent;
import org.bridgehead.management.service.ManagementService;
import org.bridgehead.management.validation.NotFoundException;
import org.jxmpp.jid.DomainBareJid;

/**
 * The facts the trust rules need, read from the store: whether a local user exists and may use XMPP
 * (their effective external access policy), and a partner domain's type.
 *
 * <p>Kept in memory (every message needs them; reading H2 for each was most of the gateway's per-message
 * cost) and dropped on every committed change: the store tells its listeners after the commit and before
 * the change call returns, so a policy or partner change applies to the next message. A load racing with
 * a change is not kept (generation check). Changes made by another node of a pool sharing the database
 * are seen by {@link #refreshIfChanged()}, which the gateway runs twice a second.
 */
public final class UserAccess implements AutoCloseable {
  /** Beyond this many remembered users the cache starts again: bounded memory for any directory size. */
  static final int MAX_USERS = 100_000;

  private final ManagementService store;
  private final Map<String, Facts> users = new ConcurrentHashMap<>();
  private volatile List<XmppPartner> partners;
  private final AtomicLong generation = new AtomicLong();
  private final Consumer<ChangeEvent> listener = e -> invalidate();
  private volatile long seenChangeId;

  /** What the store says about one local address. */
  private record Facts(boolean exists, boolean xmppAccess) {}

  public UserAccess(ManagementService store) {
    this.store = store;
    this.seenChangeId = store.lastChangeId();
    store.addChangeListener(listener);
  }

  public boolean isUser(SipUri user) { return facts(user).exists(); }

  /** Whether the user's effective policy enables XMPP access; false for an unknown user. */
  public boolean xmppAccess(SipUri user) { return facts(user).xmppAccess(); }

  /**
   * The type of the partner serving {@code domain} (primary or additional domain). A domain with no
   * partner entry is treated as the most restricted type; the edge decides whether it is reachable.
   */
  public PartnerType partnerType(DomainBareJid domain) {
    return partner(domain).map(XmppPartner::partnerType).orElse(PartnerType.PUBLIC_UNVERIFIED);
  }

  /** Forgets everything read so far: the next use reads the store again. */
  public void invalidate() {
    generation.incrementAndGet();
    users.clear();
    partners = null;
  }

  /** Invalidates when the store's change counter moved without this process hearing of it (another node). */
  public void refreshIfChanged() {
    long now = store.lastChangeId();
    if (now != seenChangeId) {
      seenChangeId = now;
      invalidate();
    }
  }

  private Facts facts(SipUri user) {
    String key = key(user);
    Facts known = users.get(key);
    if (known != null) return known;
    long before = generation.get();
    Facts read = read(key);
    if (generation.get() == before) {
      if (users.size() >= MAX_USERS) users.clear();
      users.put(key, read);
      // a change committed between the check and the put must not leave this value behind
      if (generation.get() != before) users.remove(key, read);
    }
    return read;
  }

  private Facts read(String key) {
    try {
      return new Facts(true, store.policies().effectivePolicy(key).policy().enableXmppAccess());
    } catch (NotFoundException e) {
      return new Facts(false, false);
    }
  }

  private Optional<XmppPartner> partner(DomainBareJid domain) {
    List<XmppPartner> all = partners;
    if (all == null) {
      long before = generation.get();
      all = store.partners().get("*").stream().map(v -> v.value()).toList();
      if (generation.get() == before) partners = all;
      if (generation.get() != before) partners = null;
    }
    return all.stream().filter(p -> p.primaryDomain().equals(domain) || p.additionalDomains().contains(domain))
        .findFirst();
  }

  private static String key(SipUri user) { return user.addressOfRecord().toString(); }

  @Override
  public void close() { store.removeChangeListener(listener); }
}
