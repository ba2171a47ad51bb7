package org.bridgehead.edge.s2s.outbound;

import io.netty.channel.Channel;
import org.bridgehead.config.AuthMethod;
import org.bridgehead.edge.routing.DeliveryException;
import org.bridgehead.xmpp.xml.XmlElement;

/** What an outbound stream reports to whoever opened it. Called on the channel's event loop. */
public interface OutboundListener {
  /**
   * The stream is authenticated and may carry stanzas.
   *
   * @param acknowledged whether the peer acknowledges stanzas (XEP-0198 enabled): {@link #acked} follows
   */
  default void established(Channel channel, AuthMethod method, boolean acknowledged) {}

  /** XEP-0198: the peer has handled {@code handled} stanzas of this stream (mod 2^32). */
  default void acked(long handled) {}

  /** Verification mode: the stream is open (encrypted if possible) and may carry db:verify. */
  default void readyToVerify(Channel channel) {}

  /** Verification mode: the authoritative server's answer. */
  default void verifyAnswer(XmlElement answer) {}

  /** The stream could not be set up or authenticated. */
  void failed(DeliveryException failure);

  /** An established stream ended. */
  default void closed() {}
}
