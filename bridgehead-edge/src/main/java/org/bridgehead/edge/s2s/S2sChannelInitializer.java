package org.bridgehead.edge.s2s;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.bridgehead.xmpp.stream.XmppStreamDecoder;
import org.bridgehead.xmpp.stream.XmppStreamEncoder;

/**
 * The pipeline of every S2S connection: [tls] → XML stream decoder → encoder → idle timers → session.
 * The session handler is the only stateful part; the rest are the codec and timers.
 */
public final class S2sChannelInitializer {
  /** Reading nothing for this long lets the decoder drop its parser (see XmppStreamDecoder.trim). */
  public static final long TRIM_AFTER_SECONDS = 30;

  private S2sChannelInitializer() {}

  public static void init(ChannelPipeline p, S2sContext s2s, StreamSession session, boolean keepAlive) {
    long inactivity = s2s.gateway.streamInactivityTimeout().toSeconds();
    long keepAliveSeconds = keepAlive ? s2s.gateway.keepAliveInterval().toSeconds() : 0;
    p.addLast("decoder", new XmppStreamDecoder(s2s.edge.maxStanzaBytes()));
    p.addLast("encoder", new XmppStreamEncoder());
    p.addLast("idle", new IdleStateHandler(TRIM_AFTER_SECONDS, keepAliveSeconds, inactivity, TimeUnit.SECONDS));
    p.addLast("session", session);
  }
}
