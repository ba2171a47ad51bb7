package org.bridgehead.edge.s2s;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jxmpp.jid.DomainBareJid;

/** Counts S2S connections, for the connection limits of SPEC §3 and for status. */
public final class ConnectionRegistry {
  private final ChannelGroup all = new DefaultChannelGroup("s2s", GlobalEventExecutor.INSTANCE);
  private final Map<DomainBareJid, AtomicInteger> inboundByPartner = new ConcurrentHashMap<>();
  private final Map<DomainBareJid, AtomicInteger> outboundByPartner = new ConcurrentHashMap<>();

  public void add(Channel channel) { all.add(channel); }

  public int total() { return all.size(); }

  public ChannelGroup channels() { return all; }

  /** Registers an inbound stream authenticated for a partner; returns the partner's new count. */
  public int inboundAuthenticated(DomainBareJid partner) {
    return inboundByPartner.computeIfAbsent(partner, k -> new AtomicInteger()).incrementAndGet();
  }

  public void inboundClosed(DomainBareJid partner) {
    AtomicInteger n = inboundByPartner.get(partner);
    if (n != null) n.decrementAndGet();
  }

  /**
   * Counts a new outbound connection to a partner unless that would pass {@code limit}; the count
   * drops when the channel closes.
   */
  public boolean tryOutbound(DomainBareJid partner, int limit, Channel channel) {
    AtomicInteger n = outboundByPartner.computeIfAbsent(partner, k -> new AtomicInteger());
    while (true) {
      int current = n.get();
      if (current >= limit) return false;
      if (n.compareAndSet(current, current + 1)) break;
    }
    channel.closeFuture().addListener(f -> n.decrementAndGet());
    return true;
  }

  public int outbound(DomainBareJid partner) {
    AtomicInteger n = outboundByPartner.get(partner);
    return n == null ? 0 : n.get();
  }

  public int inbound(DomainBareJid partner) {
    AtomicInteger n = inboundByPartner.get(partner);
    return n == null ? 0 : n.get();
  }
}
